package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** A pool that announced no criteria has no assessments on them. */
public class NoAssessmentCriteria extends Refusal {

    NoAssessmentCriteria(String detail) {
        super("no-assessment-criteria", Kind.CONFLICT, detail);
    }
}
