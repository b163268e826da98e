package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.shared.Refusal;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.FundInitiativeDirectly;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import dk.pulje.shared.testing.TestPostgres;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 64 threads race pool drafts and direct funding against one programme's yearly envelopes and a track's budget on
 * PostgreSQL: afterwards the event store holds no finance year, no track and no envelope over its limit, and each
 * is filled exactly, as there was more demand than money.
 */
@ActiveProfiles({"postgres", "demo"})
class ConcurrentEnvelopeTest extends CommandApiTestSupport {

    private static final int THREADS = 64;
    private static final Actor MANAGER = new Actor("manager", Role.POOL_MANAGER);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Money ONE_MILLION = Money.millions("1");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("concurrent_envelope"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    CommandGateway commands;

    @Test
    void concurrent_drafts_and_direct_funding_never_overcommit_a_year_a_track_or_the_envelope() throws Exception {
        clock.setCopenhagen("2017-05-09T10:00:00");
        ProgrammeId programme = ProgrammeId.of("race-envelope");
        commands.sendAndWait(new EstablishProgramme(
                programme,
                "Race",
                Money.millions("20"),
                MANAGER,
                "Race",
                FinanceYears.of(Map.of(2017, Money.millions("10"), 2018, Money.millions("10"))),
                List.of(
                        new Track("spread", "Udbredelsesspor", Money.millions("6")),
                        new Track("data", "Dataspor", null))));

        List<Runnable> racers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            PoolId pool = PoolId.of("race-pool-" + i);
            FinanceYears year = FinanceYears.in(2017 + i % 2, ONE_MILLION);
            String track = i % 3 == 0 ? "spread" : null;
            racers.add(() -> commands.sendAndWait(new DraftPool(
                    pool,
                    programme,
                    ONE_MILLION,
                    TestPools.earlyPreventiveEffort2017(),
                    MANAGER,
                    "Race",
                    false,
                    track,
                    year)));
            FundInitiativeDirectly funding = new FundInitiativeDirectly(
                    programme,
                    "race-initiative-" + i,
                    "Initiative " + i,
                    i % 3 == 0 ? "spread" : "data",
                    ONE_MILLION,
                    year,
                    MANAGER,
                    "Race");
            racers.add(() -> commands.sendAndWait(funding));
        }
        Collections.shuffle(racers);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (Runnable racer : racers) {
            done.add(threads.submit(() -> {
                go.await();
                String outcome;
                try {
                    racer.run();
                    outcome = "done";
                } catch (Refusal refused) {
                    outcome = "refused";
                } catch (ConcurrencyException lostRace) {
                    outcome = "lost race";
                } catch (RuntimeException other) {
                    outcome = other.getCause() instanceof Refusal ? "refused" : "unexpected: " + other;
                }
                outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();

        assertThat(outcomes.keySet()).allMatch(o -> o.equals("done") || o.equals("refused") || o.equals("lost race"));
        Map<Integer, Long> byYear = new HashMap<>();
        Map<String, Long> byTrack = new HashMap<>();
        long total = 0;
        List<JsonNode> shares = new ArrayList<>(payloads(programme.value(), "PoolBudgetAllocated"));
        shares.addAll(payloads(programme.value(), "InitiativeFundedDirectly"));
        for (JsonNode share : shares) {
            share.get("years")
                    .properties()
                    .forEach(year -> byYear.merge(
                            Integer.parseInt(year.getKey()),
                            Money.of(year.getValue().asString()).oere(),
                            Long::sum));
            if (share.hasNonNull("track")) {
                byTrack.merge(share.get("track").asString(), 100_000_000L, Long::sum);
            }
            total += 100_000_000L;
        }
        assertThat(total).as("Σ ≤ envelope").isLessThanOrEqualTo(2_000_000_000L);
        assertThat(byYear.get(2017)).as("2017 filled exactly, never over").isEqualTo(1_000_000_000L);
        assertThat(byYear.get(2018)).as("2018 filled exactly, never over").isEqualTo(1_000_000_000L);
        assertThat(byTrack.get("spread"))
                .as("the spread track never over its 6 mio.")
                .isLessThanOrEqualTo(600_000_000L);
        assertThat(outcomes.get("done").get())
                .as("every success is in the event store")
                .isEqualTo(shares.size());
        long drafted = jdbc.queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = " + "'dk.pulje.shared.pool.PoolDrafted'",
                Long.class);
        assertThat(drafted)
                .as("a pool exists only where the programme set its budget aside")
                .isEqualTo(payloads(programme.value(), "PoolBudgetAllocated").size());
    }

    private List<JsonNode> payloads(String aggregate, String type) {
        return jdbc
                .queryForList(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType "
                                + "LIKE ? ORDER BY sequenceNumber",
                        byte[].class,
                        aggregate,
                        "%." + type)
                .stream()
                .map(JSON::readTree)
                .toList();
    }
}
