package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** Payments are held while a report is overdue and not yet approved. */
public class PaymentsHeld extends Refusal {

    PaymentsHeld(String detail) {
        super("payments-held", Kind.CONFLICT, detail);
    }
}
