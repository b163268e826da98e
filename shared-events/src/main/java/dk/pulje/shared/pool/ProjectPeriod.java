package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import java.time.LocalDate;

/** The period the funded projects run in, e.g. 1 January 2020 – 31 December 2022. */
public record ProjectPeriod(LocalDate start, LocalDate end) {

    public ProjectPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new InvalidValue("period.dates", "A project period has a start and an end not before it");
        }
    }

    public boolean coversYear(int year) {
        return year >= start.getYear() && year <= end.getYear();
    }
}
