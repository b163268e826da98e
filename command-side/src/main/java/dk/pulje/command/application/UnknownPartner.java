package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** The joint application names no partner with the key. */
public class UnknownPartner extends Refusal {

    UnknownPartner(String detail) {
        super("partner-not-found", Kind.NOT_FOUND, detail);
    }
}
