package dk.pulje.shared.personal;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;

/** Erase everything Pulje holds about the person with this e-mail address (GDPR art. 17), with a reason. */
public record ErasePersonalData(String email, Actor actor, String reason) {

    public ErasePersonalData {
        email = Text.required(email, "The e-mail address of the person to erase", 254);
        if (actor == null) {
            throw new InvalidValue("erasure.actor", "An erasure names who erases");
        }
        reason = Reason.required(reason, "An erasure");
    }
}
