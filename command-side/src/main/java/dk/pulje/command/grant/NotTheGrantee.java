package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** Only the grantee's own organisation may act on its grant. */
public class NotTheGrantee extends Refusal {

    NotTheGrantee(String detail) {
        super("not-your-grant", Kind.FORBIDDEN, detail);
    }
}
