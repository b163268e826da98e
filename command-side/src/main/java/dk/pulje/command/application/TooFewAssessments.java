package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** A consensus waits for as many independent assessments as the pool asks for. */
public class TooFewAssessments extends Refusal {

    TooFewAssessments(String detail) {
        super("too-few-assessments", Kind.CONFLICT, detail);
    }
}
