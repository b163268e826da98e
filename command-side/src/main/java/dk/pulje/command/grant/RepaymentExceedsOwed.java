package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** A claim would exceed what was paid and not yet claimed; a repayment what is owed on its claim. */
public class RepaymentExceedsOwed extends Refusal {

    RepaymentExceedsOwed(String detail) {
        super("repayment-exceeds-owed", Kind.CONFLICT, detail);
    }
}
