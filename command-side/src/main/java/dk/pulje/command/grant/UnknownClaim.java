package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** No open repayment claim with that id. */
public class UnknownClaim extends Refusal {

    UnknownClaim(String detail) {
        super("claim-not-found", Kind.NOT_FOUND, detail);
    }
}
