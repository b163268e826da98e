package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/** Part of the envelope funds an initiative directly, without an application pool. */
@Revision("1")
public record InitiativeFundedDirectly(
        ProgrammeId programmeId,
        String initiativeId,
        String name,
        String track,
        Money amount,
        FinanceYears years,
        Decision decision)
        implements ProgrammeEvent {

    public InitiativeFundedDirectly {
        years = years == null ? FinanceYears.NONE : years;
    }
}
