package dk.pulje.shared.programme;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Funds an initiative of a programme directly, not through an application pool (as the socio-economic investment
 * model SØM of Satspulje 2017 was). {@code years}, when given, split {@code amount} by finance year.
 */
public record FundInitiativeDirectly(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        String initiativeId,
        String name,
        String track,
        Money amount,
        FinanceYears years,
        Actor actor,
        String reason) {

    public FundInitiativeDirectly {
        if (programmeId == null || actor == null) {
            throw new InvalidValue(
                    "initiative.incomplete", "A directly funded initiative names its programme and actor");
        }
        initiativeId = Identifier.require(initiativeId, "An initiative's id");
        name = Text.required(name, "An initiative's name", 200);
        track = track == null || track.isBlank() ? null : Identifier.require(track, "A track's code");
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("initiative.amount", "A directly funded initiative needs an amount above 0");
        }
        years = years == null ? FinanceYears.NONE : years;
        if (!years.isEmpty() && !years.total().equals(amount)) {
            throw new InvalidValue(
                    "initiative.years",
                    "The finance years add up to " + years.total() + " kr., not to the amount of " + amount + " kr.");
        }
        reason = Reason.required(reason, "Funding an initiative directly");
    }
}
