package dk.pulje.query.dashboard;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.pool.InformationMeeting;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.pool.Round;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What falls due next, from the published pools' terms: rounds opening, round deadlines and information
 * meetings still ahead, soonest first. Reports falling due will join them when grants' reports are recorded.
 */
@Component
class UpcomingDeadlines {

    static final int SHOWN = 10;

    List<Upcoming> after(Instant now, List<PoolView> pools) {
        LocalDateTime today = LocalDateTime.ofInstant(now, Deadline.COPENHAGEN);
        List<Upcoming> upcoming = new ArrayList<>();
        for (PoolView pool : pools) {
            if (pool.status() != PoolStatus.PUBLISHED) {
                continue;
            }
            String poolId = pool.poolId().value();
            PoolTitle title = PoolTitle.of(pool.terms());
            for (Round round : pool.terms().rounds()) {
                if (round.opens().isAfter(today)) {
                    upcoming.add(new Upcoming(
                            When.of(round.opens()), Kind.ROUND_OPENS, poolId, title, round.number(), null));
                }
                if (!round.deadline().hasPassedAt(now)) {
                    upcoming.add(new Upcoming(
                            When.of(round.deadline().local()),
                            Kind.ROUND_DEADLINE,
                            poolId,
                            title,
                            round.number(),
                            null));
                }
            }
            for (InformationMeeting meeting : pool.terms().meetings()) {
                When when = meeting.starts() == null
                        ? When.of(meeting.date())
                        : When.of(LocalDateTime.of(meeting.date(), meeting.starts()));
                if (!meeting.date().isBefore(LocalDate.from(today))) {
                    upcoming.add(new Upcoming(when, Kind.MEETING, poolId, title, 0, meeting.place()));
                }
            }
        }
        return upcoming.stream()
                .sorted(Comparator.comparing((Upcoming u) -> u.when().sortKey())
                        .thenComparing(Upcoming::poolId)
                        .thenComparing(Upcoming::kind))
                .limit(SHOWN)
                .toList();
    }

    enum Kind {
        ROUND_OPENS,
        ROUND_DEADLINE,
        MEETING
    }

    /** Something ahead in a pool: a round ({@code round}) opening or closing, or a meeting at {@code place}. */
    public record Upcoming(When when, Kind kind, String poolId, PoolTitle poolTitle, int round, String place) {}

    /** A date, with the time of day where one is known. */
    public record When(LocalDate date, LocalDateTime dateTime) {

        static When of(LocalDateTime dateTime) {
            return new When(dateTime.toLocalDate(), dateTime);
        }

        static When of(LocalDate date) {
            return new When(date, null);
        }

        LocalDateTime sortKey() {
            return dateTime != null ? dateTime : date.atStartOfDay();
        }
    }
}
