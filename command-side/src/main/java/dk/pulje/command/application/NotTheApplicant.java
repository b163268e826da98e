package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** Only the organisation that submitted an application may change it. */
public class NotTheApplicant extends Refusal {

    public NotTheApplicant(String detail) {
        super("not-your-application", Kind.FORBIDDEN, detail);
    }
}
