package dk.pulje.command.demo;

import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.ProgrammeId;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The programmes and pools of the seed documents, as kept in {@code demo/seed-pools.json}. */
public record SeedPools(String about, List<ProgrammePlan> programmes) {

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
