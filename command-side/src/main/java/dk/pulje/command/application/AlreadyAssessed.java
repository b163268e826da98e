package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** Each assigned assessor assesses an application once, independently. */
public class AlreadyAssessed extends Refusal {

    AlreadyAssessed(String detail) {
        super("already-assessed", Kind.CONFLICT, detail);
    }
}
