package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The amount asked for is outside the pool's per-application limits. */
public class AmountOutsideLimits extends Refusal {

    AmountOutsideLimits(String detail) {
        super("amount-outside-limits", Kind.CONFLICT, detail);
    }
}
