package dk.pulje.query.dashboard;

import dk.pulje.query.dashboard.DashboardFigures.Funnel;
import dk.pulje.query.dashboard.DashboardFigures.PoolFigures;
import dk.pulje.query.dashboard.DashboardFigures.ProgrammeFigures;
import dk.pulje.query.dashboard.DashboardFigures.Share;
import dk.pulje.shared.pool.FindPools;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.programme.FindProgrammes;
import dk.pulje.shared.programme.ProgrammeView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Reads the dashboard's figures: programmes and pools through the query bus, as the query API answers them, and
 * the figures no API gives yet from one small class each.
 */
@Component
class DashboardReader {

    private final QueryGateway queries;
    private final PoolPayments payments;
    private final MunicipalityGrants municipalities;
    private final UpcomingDeadlines upcoming;
    private final OverdueReports overdue;
    private final Clock clock;

    DashboardReader(
            QueryGateway queries,
            PoolPayments payments,
            MunicipalityGrants municipalities,
            UpcomingDeadlines upcoming,
            OverdueReports overdue,
            Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.payments = payments;
        this.municipalities = municipalities;
        this.upcoming = upcoming;
        this.overdue = overdue;
    }

    DashboardFigures figures() {
        Instant now = clock.instant();
        List<PoolView> pools = pools();
        List<PoolFigures> poolFigures = pools.stream().map(this::figures).toList();
        return new DashboardFigures(
                now,
                programmes(pools),
                poolFigures,
                poolFigures.stream().map(PoolFigures::funnel).reduce(Funnel.NONE, Funnel::plus),
                municipalities.byRegion(),
                upcoming.after(now, pools),
                overdue.at(now));
    }

    List<PoolView> pools() {
        return queries.query(new FindPools(), ResponseTypes.multipleInstancesOf(PoolView.class))
                .join();
    }

    PoolFigures figures(PoolView pool) {
        PoolPayments.Payments paid = payments.of(pool);
        return new PoolFigures(
                pool.poolId().value(),
                PoolTitle.of(pool.terms()),
                pool.status(),
                pool.budget(),
                pool.awarded(),
                paid.paid(),
                paid.repaid(),
                pool.remaining(),
                Funnel.of(pool.applicationsByStatus()),
                pool.terms().grantConditions().returnsTo(),
                pool.returnedToPool().plus(pool.returnedToState()));
    }

    private List<ProgrammeFigures> programmes(List<PoolView> pools) {
        return queries
                .query(new FindProgrammes(), ResponseTypes.multipleInstancesOf(ProgrammeView.class))
                .join()
                .stream()
                .map(programme -> new ProgrammeFigures(
                        programme.programmeId().value(),
                        programme.name(),
                        programme.envelope(),
                        programme.allocated(),
                        programme.unallocated(),
                        programme.awarded(),
                        pools.stream()
                                .filter(pool -> pool.programmeId().equals(programme.programmeId()))
                                .map(pool ->
                                        new Share(pool.poolId().value(), PoolTitle.of(pool.terms()), pool.budget()))
                                .toList(),
                        programme.returnedToPools(),
                        programme.returnedToState(),
                        programme.directlyFunded(),
                        programme.years(),
                        programme.tracks(),
                        programme.initiatives()))
                .toList();
    }
}
