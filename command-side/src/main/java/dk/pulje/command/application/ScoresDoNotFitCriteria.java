package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** An assessment or consensus scores each of the pool's criteria once, within its range. */
public class ScoresDoNotFitCriteria extends Refusal {

    ScoresDoNotFitCriteria(String detail) {
        super("scores-do-not-fit-criteria", Kind.CONFLICT, detail);
    }
}
