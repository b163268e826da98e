package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** A grant's amount cannot be changed to less than has been paid on it. */
public class AwardBelowPaid extends Refusal {

    AwardBelowPaid(String detail) {
        super("award-below-paid", Kind.CONFLICT, detail);
    }
}
