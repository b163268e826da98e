package dk.pulje.command.document;

import dk.pulje.command.shared.Refusal;

/** An application or a report attaches a document id no upload has. */
public class DocumentNotFound extends Refusal {

    DocumentNotFound(String detail) {
        super("document-not-found", Kind.NOT_FOUND, detail);
    }
}
