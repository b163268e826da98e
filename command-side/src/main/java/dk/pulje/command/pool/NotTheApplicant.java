package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** Only the organisation that submitted an application may change it. */
public class NotTheApplicant extends Refusal {

    NotTheApplicant(String detail) {
        super("not-your-application", Kind.FORBIDDEN, detail);
    }
}
