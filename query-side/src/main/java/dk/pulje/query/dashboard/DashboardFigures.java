package dk.pulje.query.dashboard;

import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.programme.ProgrammeView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard's overview shows, read at one moment: no personal data. Aggregates for every role that
 * may see the dashboard; which grantee owes an overdue report only for staff and auditors.
 */
public record DashboardFigures(
        Instant readAt,
        List<ProgrammeFigures> programmes,
        List<PoolFigures> pools,
        Funnel funnel,
        List<MunicipalityGrants.Region> municipalities,
        List<UpcomingDeadlines.Upcoming> upcoming,
        List<OverdueReports.Overdue> overdue) {

    /** A bar's length in thousandths of the whole, in whole numbers: exact, and never below 0 or above the whole. */
    static long permille(long part, long whole) {
        return whole <= 0 ? 0 : Math.min(1000, Math.max(0, part) * 1000 / whole);
    }

    /** How many reports are overdue in each pool, in the order the pools first fall due. */
    public List<OverdueInPool> overdueByPool() {
        Map<String, OverdueInPool> byPool = new LinkedHashMap<>();
        for (OverdueReports.Overdue report : overdue) {
            byPool.merge(
                    report.poolId(),
                    new OverdueInPool(report.poolId(), report.poolTitle(), 1),
                    (counted, one) -> new OverdueInPool(counted.poolId(), counted.poolTitle(), counted.reports() + 1));
        }
        return List.copyOf(byPool.values());
    }

    public record OverdueInPool(String poolId, PoolTitle poolTitle, int reports) {}

    public long municipalitiesReceiving() {
        return municipalities.stream()
                .flatMap(region -> region.municipalities().stream())
                .filter(municipality -> municipality.grants() > 0)
                .count();
    }

    /**
     * A programme's envelope and the share of it each of its pools holds; what its pools no longer award, back to
     * the pools or to the state; its finance years, tracks and directly funded initiatives where it has them.
     */
    public record ProgrammeFigures(
            String id,
            String name,
            Money envelope,
            Money allocated,
            Money unallocated,
            Money awarded,
            List<Share> pools,
            Money returnedToPools,
            Money returnedToState,
            Money directlyFunded,
            List<ProgrammeView.YearView> years,
            List<ProgrammeView.TrackView> tracks,
            List<ProgrammeView.InitiativeView> initiatives) {

        /** The pools' budgets side by side along the envelope, each from where the one before it ends. */
        public List<Segment> segments() {
            List<Segment> segments = new ArrayList<>();
            long before = 0;
            for (Share share : pools) {
                long start = permille(before, envelope.oere());
                before += share.budget().oere();
                segments.add(new Segment(share, start, permille(before, envelope.oere()) - start));
            }
            return segments;
        }
    }

    public record Share(String poolId, PoolTitle title, Money budget) {}

    /** A pool's share of its programme's envelope as a bar from {@code x} to {@code x + width} thousandths. */
    public record Segment(Share share, long x, long width) {}

    /**
     * A pool's money as bars against its budget, and its applications. {@code returned} is what its grants no
     * longer hold (lapsed, unpaid at closure, repaid), gone where its terms send it ({@code returnsTo}).
     */
    public record PoolFigures(
            String id,
            PoolTitle title,
            PoolStatus status,
            Money budget,
            Money awarded,
            Money paid,
            Money repaid,
            Money remaining,
            Funnel funnel,
            ReturnsTo returnsTo,
            Money returned) {

        /**
         * The bars, each against the budget: budget, awarded, paid, repaid, returned to the pool or to the state (as
         * its terms say), and remaining.
         */
        public List<Measure> measures() {
            return List.of(
                    measure("budget", budget),
                    measure("awarded", awarded),
                    measure("paid", paid),
                    measure("repaid", repaid),
                    measure(returnsTo == ReturnsTo.STATE ? "returnedToState" : "returnedToPool", returned),
                    measure("remaining", remaining));
        }

        private Measure measure(String name, Money amount) {
            return new Measure(name, amount, permille(amount.oere(), budget.oere()));
        }
    }

    /** An amount named by its message key, and its bar's length in thousandths. */
    public record Measure(String name, Money amount, long permille) {}

    /**
     * How many applications stand in each status now: every application received, those still awaiting
     * screening, found eligible (awaiting a decision) or not, awarded, rejected and withdrawn.
     */
    public record Funnel(
            int received,
            int awaitingScreening,
            int eligible,
            int notEligible,
            int awarded,
            int rejected,
            int withdrawn) {

        public static final Funnel NONE = new Funnel(0, 0, 0, 0, 0, 0, 0);

        static Funnel of(Map<ApplicationStatus, Integer> counts) {
            int awaiting = counts.getOrDefault(ApplicationStatus.SUBMITTED, 0);
            int eligible = counts.getOrDefault(ApplicationStatus.ELIGIBLE, 0);
            int notEligible = counts.getOrDefault(ApplicationStatus.NOT_ELIGIBLE, 0);
            int awarded = counts.getOrDefault(ApplicationStatus.AWARDED, 0);
            int rejected = counts.getOrDefault(ApplicationStatus.REJECTED, 0);
            int withdrawn = counts.getOrDefault(ApplicationStatus.WITHDRAWN, 0);
            return new Funnel(
                    awaiting + eligible + notEligible + awarded + rejected + withdrawn,
                    awaiting,
                    eligible,
                    notEligible,
                    awarded,
                    rejected,
                    withdrawn);
        }

        Funnel plus(Funnel other) {
            return new Funnel(
                    received + other.received,
                    awaitingScreening + other.awaitingScreening,
                    eligible + other.eligible,
                    notEligible + other.notEligible,
                    awarded + other.awarded,
                    rejected + other.rejected,
                    withdrawn + other.withdrawn);
        }

        /** The bars, each against every application received. */
        public List<Stage> stages() {
            return List.of(
                    stage("received", received),
                    stage("awaitingScreening", awaitingScreening),
                    stage("eligible", eligible),
                    stage("notEligible", notEligible),
                    stage("awarded", awarded),
                    stage("rejected", rejected),
                    stage("withdrawn", withdrawn));
        }

        private Stage stage(String name, int count) {
            return new Stage(name, count, permille(count, received));
        }
    }

    /** A number of applications named by its message key, and its bar's length in thousandths. */
    public record Stage(String name, int count, long permille) {}
}
