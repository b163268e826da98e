package dk.pulje.command.demo;

import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.PlanMeeting;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programmes and pools of the seed documents, as kept in {@code demo/seed-pools.json}, and the planned dates the
 * pools were announced with before they were published. {@code closedPools} are the pools whose decisions the seeds
 * tell as made, each with why it is closed; their earlier grants are accepted and started before it closes.
 */
public record SeedPools(
        String about,
        List<ProgrammePlan> programmes,
        Map<String, PoolPlanning> announcements,
        List<MeetingPlan> meetings,
        Map<String, List<EarlierGrant>> earlierGrantees,
        String earlierGranteesAssumed,
        Map<String, String> closedPools) {

    public SeedPools {
        announcements = announcements == null ? Map.of() : Map.copyOf(announcements);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        earlierGrantees = earlierGrantees == null ? Map.of() : Map.copyOf(earlierGrantees);
        closedPools = closedPools == null ? Map.of() : Map.copyOf(closedPools);
    }

    /**
     * An information meeting of the seed documents, on its original day, with the material published after it.
     * {@code materialAssumed} says what of the material is not from the seeds.
     */
    public record MeetingPlan(
            MeetingId id,
            List<PoolId> pools,
            LocalDate date,
            LocalTime starts,
            LocalTime ends,
            String place,
            boolean free,
            int capacity,
            String reason,
            List<Material> material,
            String materialAssumed) {

        public MeetingPlan {
            material = material == null ? List.of() : List.copyOf(material);
        }

        /**
         * The meeting moved by as many days as its first pool was; one that would then already be over is moved
         * further by whole weeks to its first day after {@code today}, so one can still sign up for it.
         */
        public PlanMeeting plan(long days, LocalDate today, Actor actor) {
            LocalDate moved = date.plusDays(days);
            String why = reason;
            if (!moved.isAfter(today)) {
                long weeks = Math.floorDiv(ChronoUnit.DAYS.between(moved, today), 7) + 1;
                moved = moved.plusWeeks(weeks);
                why = reason + "; in this demo it is held after its pool opened, so one can sign up for it";
            }
            return new PlanMeeting(id, pools, new MeetingTime(moved, starts, ends, place), free, capacity, actor, why);
        }
    }

    /** Slides, a recording or other material of a meeting, titled as published, with its translations. */
    public record Material(String title, URI link, Map<String, String> translations) {}

    /**
     * A programme with its envelope, its yearly envelopes and tracks where it has them, its pools and its
     * directly funded initiatives; {@code assumed} says what of it is not from the seeds.
     */
    public record ProgrammePlan(
            ProgrammeId id,
            String name,
            Money envelope,
            String reason,
            FinanceYears years,
            String assumed,
            List<Track> tracks,
            List<PoolPlan> pools,
            List<InitiativePlan> initiatives) {

        public ProgrammePlan {
            tracks = tracks == null ? List.of() : List.copyOf(tracks);
            pools = pools == null ? List.of() : List.copyOf(pools);
            initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        }
    }

    /** An initiative funded directly, not through a pool. */
    public record InitiativePlan(
            String id, String name, String track, Money amount, FinanceYears years, String reason) {}

    /** A grant an earlier pool gave a municipality, so that a later pool's priority rule has grantees to go by. */
    public record EarlierGrant(String municipality, Money amount) {}

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
        return pool.shiftedBy(
                weeks * 7,
                "I denne demo er datoerne rykket " + weeks
                        + " uger frem fra de oprindelige, så første ansøgningsrunde er åben.",
                Map.of(
                        "en",
                        "In this demo its dates are moved " + weeks
                                + " weeks forward from the original ones, so its first " + "round is open."));
    }
}
