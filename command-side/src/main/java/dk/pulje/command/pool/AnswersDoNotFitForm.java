package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An application's answers do not fit its pool's application form: unanswered, ill-formed or unasked questions. */
public class AnswersDoNotFitForm extends Refusal {

    AnswersDoNotFitForm(String detail) {
        super("answers-do-not-fit-form", Kind.CONFLICT, detail);
    }
}
