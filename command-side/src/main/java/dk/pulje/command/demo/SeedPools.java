package dk.pulje.command.demo;

import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.PlanMeeting;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.programme.ProgrammeId;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The programmes and pools of the seed documents, as kept in {@code demo/seed-pools.json}, and the planned dates the
 * pools were announced with before they were published.
 */
public record SeedPools(String about, List<ProgrammePlan> programmes, Map<String, PoolPlanning> announcements,
                        List<MeetingPlan> meetings) {

    public SeedPools {
        announcements = announcements == null ? Map.of() : Map.copyOf(announcements);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** An information meeting of the seed documents, on its original day. */
    public record MeetingPlan(MeetingId id, List<PoolId> pools, LocalDate date, LocalTime starts, LocalTime ends,
                              String place, boolean free, int capacity, String reason) {

        /** The meeting moved by as many days as its first pool was. */
        public PlanMeeting plan(long days, Actor actor) {
            return new PlanMeeting(id, pools, new MeetingTime(date.plusDays(days), starts, ends, place), free, capacity,
                    actor, reason);
        }
    }

    public record ProgrammePlan(ProgrammeId id, String name, Money envelope, String reason, List<PoolPlan> pools) {
    }

    public static SeedPools read(JsonMapper json) {
        try (InputStream in = SeedPools.class.getResourceAsStream("/demo/seed-pools.json")) {
            return json.readValue(in, SeedPools.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves a pool's dates forward by whole weeks (so weekdays stay) until its first round opened within the
     * last week before {@code today}; a pool that has not opened yet keeps its dates.
     */
    public static PoolPlan openToday(PoolPlan pool, LocalDate today) {
        LocalDate opens = pool.rounds().get(0).opens().toLocalDate();
        long weeks = Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(opens, today) - 1, 7));
        if (weeks == 0) {
            return pool;
        }
        return pool.shiftedBy(weeks * 7, "In this demo its dates are moved " + weeks
                + " weeks forward from the original ones, so its first round is open.");
    }
}
