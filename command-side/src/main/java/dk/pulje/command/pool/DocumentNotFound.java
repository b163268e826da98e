package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An application attaches a document id no upload has. */
class DocumentNotFound extends Refusal {

    DocumentNotFound(String detail) {
        super("document-not-found", Kind.NOT_FOUND, detail);
    }
}
