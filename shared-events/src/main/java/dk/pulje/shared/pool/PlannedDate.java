package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import java.time.LocalDate;

/**
 * A date an announcement gives only roughly ("August or September 2017", "mid October", "Q4"): the announcement's
 * own words, and the earliest and latest day they can mean.
 */
public record PlannedDate(LocalDate earliest, LocalDate latest, String wording) {

    public PlannedDate {
        if (earliest == null || latest == null || latest.isBefore(earliest)) {
            throw new InvalidValue(
                    "planned.period", "A planned date has an earliest day and a latest day not before it");
        }
        wording = Text.required(wording, "A planned date's wording", 200);
    }
}
