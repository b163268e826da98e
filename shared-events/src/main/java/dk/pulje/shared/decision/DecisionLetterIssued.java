package dk.pulje.shared.decision;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A decision letter (tilsagns- or afslagsbrev) was written and stored: {@code documentId} in the document store, whose
 * content has {@code sha256}, so the hash chain covers the letter. {@code decisionEventId} names the decision it tells
 * of (the award's or rejection's event, or a changed decision's); {@code amount} is the grant's (none for a
 * rejection). A reconsideration may be asked for until {@code reconsiderationBy} (inclusive, Copenhagen date); after
 * that, {@code complaintBody} is where a complaint goes. {@code decision} is Pulje's, acting for
 * {@code onBehalfOf}, who took the decision.
 */
@Revision("1")
public record DecisionLetterIssued(
        DecisionId decisionId,
        PoolId poolId,
        ApplicationId applicationId,
        Applicant applicant,
        DecisionOutcome outcome,
        Money amount,
        String decisionEventId,
        String documentId,
        String sha256,
        String language,
        LocalDate reconsiderationBy,
        String complaintBody,
        String onBehalfOf,
        Decision decision)
        implements DecisionEvent {}
