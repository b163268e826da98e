package dk.pulje.command.pool;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.PoolInformation;
import java.util.List;

/**
 * An amendment awaiting its second signature: what it changes, who proposed it and why. {@code assessment} null
 * keeps the assessment rules, {@code form} null the application form, {@code information} null the pool's contact,
 * questions and answers and guidance documents.
 */
record ProposedAmendment(
        int number,
        Money budget,
        List<DeadlineChange> deadlineChanges,
        String proposedBy,
        String reason,
        AssessmentRules assessment,
        ApplicationForm form,
        PoolInformation information) {}
