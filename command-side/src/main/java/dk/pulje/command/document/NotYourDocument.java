package dk.pulje.command.document;

import dk.pulje.command.shared.Refusal;

/** An application or a report attaches a document another organisation uploaded. */
public class NotYourDocument extends Refusal {

    NotYourDocument(String detail) {
        super("not-your-document", Kind.FORBIDDEN, detail);
    }
}
