package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** Only an organisation named as a partner of a joint application, signed in for itself, decides on its part. */
public class NotAPartner extends Refusal {

    NotAPartner(String detail) {
        super("not-a-partner", Kind.FORBIDDEN, detail);
    }
}
