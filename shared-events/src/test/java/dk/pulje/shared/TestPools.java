package dk.pulje.shared;

import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.GrantLimits;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.pool.Round;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Test data from the seed pools, shared by the tests of every module. */
public final class TestPools {

    private TestPools() {}

    /** The 24.9 mio. pool published 6 Feb 2017: municipalities only, deadline 24 March 2017 at 12:00. */
    public static PoolTerms earlyPreventiveEffort2017() {
        return new PoolTerms(
                "Initiatives for an early, preventive and more effective effort",
                "Published 6 February 2017; deadline 24 March 2017 at 12:00.",
                Set.of(ApplicantKind.MUNICIPALITY),
                List.of(
                        new ActivityCategory("new-methods", "New efforts and methods for early prevention"),
                        new ActivityCategory("cross-disciplinary", "Cross-disciplinary cooperation"),
                        new ActivityCategory("follow-up-tools", "Evidence-based follow-up tools"),
                        new ActivityCategory("upskilling", "Upskilling of staff"),
                        new ActivityCategory("spreading", "Spreading well-functioning initiatives"),
                        new ActivityCategory("staff-resources", "Staff resources to start new measures")),
                new GrantLimits(Money.of("100000"), Money.of("5000000")),
                new ExpectedGrantees(5, 15),
                List.of(new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-24T12:00"))),
                new ProjectPeriod(LocalDate.parse("2017-06-01"), LocalDate.parse("2019-12-31")),
                List.of(),
                null,
                null,
                null,
                null);
    }

    public static BudgetByYear budget(int year, String amount) {
        TreeMap<Integer, Money> years = new TreeMap<>();
        years.put(year, Money.of(amount));
        return new BudgetByYear(years);
    }

    public static BudgetByYear budget(int firstYear, String first, int secondYear, String second) {
        TreeMap<Integer, Money> years = new TreeMap<>();
        years.put(firstYear, Money.of(first));
        years.put(secondYear, Money.of(second));
        return new BudgetByYear(years);
    }
}
