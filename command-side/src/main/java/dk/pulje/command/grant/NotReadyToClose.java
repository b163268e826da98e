package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** A grant closes only when its final report and accounts are approved and nothing is owed. */
public class NotReadyToClose extends Refusal {

    NotReadyToClose(String detail) {
        super("grant-not-ready-to-close", Kind.CONFLICT, detail);
    }
}
