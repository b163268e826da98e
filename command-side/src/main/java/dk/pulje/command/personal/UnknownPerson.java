package dk.pulje.command.personal;

import dk.pulje.command.shared.Refusal;

/** No stored person has this e-mail address (or they were erased already). */
class UnknownPerson extends Refusal {

    UnknownPerson(String detail) {
        super("person-not-found", Kind.NOT_FOUND, detail);
    }
}
