package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** A partner confirms or declines its part once; the decision stands. */
public class PartnershipAlreadyDecided extends Refusal {

    PartnershipAlreadyDecided(String detail) {
        super("partnership-already-decided", Kind.CONFLICT, detail);
    }
}
