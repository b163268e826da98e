package dk.pulje.shared.programme;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a political appropriation whose envelope pools will draw from. */
public record EstablishProgramme(@TargetAggregateIdentifier ProgrammeId programmeId,
                                 String name,
                                 Money envelope,
                                 Actor actor,
                                 String reason) {

    public EstablishProgramme {
        name = Text.required(name, "A programme's name", 200);
        if (envelope == null || envelope.isZero()) {
            throw new InvalidValue("programme.envelope", "A programme needs an envelope above 0");
        }
        reason = Reason.optional(reason);
    }
}
