package dk.pulje.command.pool;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.ProjectPeriod;
import java.util.List;

/** What a decision letter tells of its pool and application: the pool's title and the terms a grant is given on. */
public record LetterFacts(
        String poolTitle,
        Applicant applicant,
        GrantConditions conditions,
        ProjectPeriod projectPeriod,
        List<Earmark> earmarks) {

    public LetterFacts {
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
    }
}
