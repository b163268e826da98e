package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A grant (tilskud) is awarded. {@code scores} are the assessments it rests on and {@code rulesVersion} the
 * version of the pool's terms in force, so an auditor can re-derive the decision.
 */
@Revision("1")
public record GrantAwarded(
        PoolId poolId,
        ApplicationId applicationId,
        Applicant applicant,
        Money amount,
        List<Integer> scores,
        int rulesVersion,
        Decision decision,
        List<Applicant> partners)
        implements ApplicationEvent {

    public GrantAwarded {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** An award to one applicant. */
    public GrantAwarded(
            PoolId poolId,
            ApplicationId applicationId,
            Applicant applicant,
            Money amount,
            List<Integer> scores,
            int rulesVersion,
            Decision decision) {
        this(poolId, applicationId, applicant, amount, scores, rulesVersion, decision, null);
    }
}
