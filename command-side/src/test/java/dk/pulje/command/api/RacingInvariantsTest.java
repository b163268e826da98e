package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.shared.Refusal;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.application.WithdrawApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Municipalities;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.AcceptGrant;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.RecordDisbursement;
import dk.pulje.shared.grant.StartProject;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.testing.TestPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * 64 threads race awards, withdrawals, payments and budget raises over four pools of one programme on
 * PostgreSQL. Afterwards every invariant holds exactly, judged from the event store itself: Σ awards ≤ budget per
 * pool, Σ paid ≤ scheduled per grant and year, Σ pool budgets ≤ envelope, nothing both awarded and withdrawn.
 */
@ActiveProfiles({"postgres", "demo"})
class RacingInvariantsTest extends CommandApiTestSupport {

    private static final int THREADS = 64;
    private static final Actor MANAGER = new Actor("manager", Role.POOL_MANAGER);
    private static final Actor ASSESSOR = new Actor("assessor", Role.ASSESSOR);
    private static final Actor APPROVER = new Actor("approver", Role.APPROVER);
    private static final Actor FINANCE = new Actor("finance", Role.FINANCE_OFFICER);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("racing"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    CommandGateway commands;

    @Test
    void awards_withdrawals_payments_and_budget_raises_racing_never_break_an_invariant() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        String programme = "race-" + UUID.randomUUID().toString().substring(0, 8);
        post(
                "/programmes",
                "manager",
                "{\"id\": \"" + programme + "\", \"name\": \"Race\", \"envelope\": \"20000000.00\"}");
        List<String> pools = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            String pool = programme + "-pool-" + p;
            post("/programmes/" + programme + "/pools", "manager", CommandApiContract.poolJson(pool, "4000000.00"));
            post("/pools/" + pool + "/publication", "manager", "{}");
            pools.add(pool);
        }
        clock.setCopenhagen("2017-03-01T10:00:00");
        List<String> codes = new ArrayList<>(Municipalities.all().keySet());
        Map<String, List<ApplicationId>> open = new HashMap<>();
        Map<ApplicationId, Actor> clerks = new HashMap<>();
        List<GrantId> started = new ArrayList<>();
        int c = 0;
        for (String pool : pools) {
            open.put(pool, new ArrayList<>());
            for (int a = 0; a < 12; a++) {
                String code = codes.get(c++ % codes.size());
                ApplicationId id = ApplicationId.of(pool + "-" + code);
                Actor clerk = new Actor("clerk-" + code, Role.APPLICANT, "municipality:" + code);
                commands.sendAndWait(new SubmitApplication(
                        PoolId.of(pool),
                        id,
                        Applicant.municipality(code),
                        "Race",
                        Money.of("1000000"),
                        TestPools.budget(2018, "1000000"),
                        "new-methods",
                        new ContactPerson("Kim", "kim@example.dk", null),
                        clerk));
                commands.sendAndWait(new ScreenApplication(PoolId.of(pool), id, true, ASSESSOR, "Eligible"));
                clerks.put(id, clerk);
                if (a < 2) {
                    commands.sendAndWait(new AwardGrant(PoolId.of(pool), id, Money.of("1000000"), APPROVER, "First"));
                    commands.sendAndWait(new AcceptGrant(GrantId.of(id), null, clerk));
                    commands.sendAndWait(new StartProject(GrantId.of(id), LocalDate.of(2017, 3, 1), clerk));
                    started.add(GrantId.of(id));
                } else {
                    open.get(pool).add(id);
                }
            }
        }

        List<Supplier<Object>> racers = new ArrayList<>();
        for (String pool : pools) {
            for (ApplicationId id : open.get(pool)) {
                racers.add(() -> commands.sendAndWait(
                        new AwardGrant(PoolId.of(pool), id, Money.of("1000000"), APPROVER, "Race")));
                racers.add(() ->
                        commands.sendAndWait(new WithdrawApplication(PoolId.of(pool), id, clerks.get(id), "Race")));
            }
            for (int raise = 0; raise < 2; raise++) {
                racers.add(() -> commands.sendAndWait(
                        new AmendPool(PoolId.of(pool), Money.of("5500000"), List.of(), MANAGER, "More applicants")));
            }
        }
        for (GrantId grant : started) {
            for (int pay = 0; pay < 6; pay++) {
                racers.add(() -> commands.sendAndWait(new RecordDisbursement(
                        grant, UUID.randomUUID().toString(), 2018, Money.of("250000"), FINANCE, null)));
            }
        }
        Collections.shuffle(racers);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (Supplier<Object> racer : racers) {
            done.add(threads.submit(() -> {
                go.await();
                String outcome;
                try {
                    racer.get();
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
        assertThat(outcomes.get("done").get()).isGreaterThan(0);
        assertInvariantsFromTheEventStore(programme, pools);
    }

    private void assertInvariantsFromTheEventStore(String programme, List<String> pools) {
        long envelope = oere(payloads(programme, "ProgrammeEstablished").get(0).get("envelope"));
        long allocated = 0;
        for (String pool : pools) {
            List<JsonNode> budgets = new ArrayList<>(payloads(pool, "PoolDrafted"));
            budgets.addAll(payloads(pool, "PoolAmended"));
            long budget = oere(budgets.get(budgets.size() - 1).get("budget"));
            allocated += budget;
            long awarded = payloads(pool, "GrantAwarded").stream()
                    .mapToLong(p -> oere(p.get("amount")))
                    .sum();
            assertThat(awarded).as(pool + ": Σ awards ≤ budget").isLessThanOrEqualTo(budget);
            Set<String> awardedIds = new HashSet<>();
            payloads(pool, "GrantAwarded")
                    .forEach(p -> awardedIds.add(p.get("applicationId").asString()));
            payloads(pool, "ApplicationWithdrawn")
                    .forEach(p -> assertThat(awardedIds)
                            .as("awarded and withdrawn")
                            .doesNotContain(p.get("applicationId").asString()));
            for (String id : awardedIds) {
                long paid = payloads("grant:" + id, "DisbursementRecorded").stream()
                        .mapToLong(p -> oere(p.get("amount")))
                        .sum();
                assertThat(paid).as(id + ": Σ paid ≤ scheduled for 2018").isLessThanOrEqualTo(100_000_000L);
            }
        }
        assertThat(allocated).as("Σ pool budgets ≤ envelope").isLessThanOrEqualTo(envelope);
        assertThat(allocated)
                .as("two raises of 1.5 mio. fit the 4 mio. left of the envelope, a third does not")
                .isEqualTo(1_900_000_000L);
        assertThat(payloads(
                        "grant:" + pools.get(0) + "-"
                                + new ArrayList<>(Municipalities.all().keySet()).get(0),
                        "DisbursementRecorded"))
                .as("four payments of 250,000 fit a 1,000,000 year exactly")
                .hasSize(4);
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

    private static long oere(JsonNode amount) {
        return Money.of(amount.asString()).oere();
    }
}
