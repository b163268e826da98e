package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An application attaches a document another organisation uploaded. */
class NotYourDocument extends Refusal {

    NotYourDocument(String detail) {
        super("not-your-document", Kind.FORBIDDEN, detail);
    }
}
