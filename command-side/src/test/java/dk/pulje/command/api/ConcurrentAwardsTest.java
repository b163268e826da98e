package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Municipalities;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 64 approvers award at once against one pool on PostgreSQL: every award either fits the remaining budget
 * and is stored, or is refused with a problem; afterwards the event store holds exactly the budget, no more.
 */
@ActiveProfiles({"postgres", "demo"})
class ConcurrentAwardsTest extends CommandApiTestSupport {

    private static final int THREADS = 64;
    private static final String AWARD = "200000.00";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("concurrent_awards"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    CommandGateway commands;

    @Test
    void concurrent_awards_never_overcommit_a_pool() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        String pool = "race-pool";
        post("/programmes", "manager", "{\"id\": \"race\", \"name\": \"Race\", \"envelope\": \"10000000.00\"}");
        post("/programmes/race/pools", "manager", CommandApiContract.poolJson(pool, "10000000.00"));
        post("/pools/" + pool + "/publication", "manager", "{}");

        clock.setCopenhagen("2017-03-01T10:00:00");
        List<String> codes = new ArrayList<>(Municipalities.all().keySet()).subList(0, 80);
        for (String code : codes) {
            ApplicationId id = ApplicationId.of("app-" + code);
            commands.sendAndWait(new SubmitApplication(
                    PoolId.of(pool),
                    id,
                    Applicant.municipality(code),
                    "Project",
                    Money.of(AWARD),
                    TestPools.budget(2018, AWARD),
                    "new-methods",
                    new ContactPerson("Kim", "kim@example.dk", null),
                    new Actor("clerk-" + code, Role.APPLICANT, "municipality:" + code)));
            commands.sendAndWait(
                    new ScreenApplication(PoolId.of(pool), id, true, new Actor("assessor", Role.ASSESSOR), "Eligible"));
        }

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(threads.submit((Callable<Void>) () -> {
                start.await();
                for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                    int status = awardAsAClientWould(pool, codes.get(i));
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();

        assertThat(statuses.keySet()).containsOnly(202, 409);
        assertThat(statuses.get(202).get()).isEqualTo(50);
        long awardedEvents = jdbc.queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                        + "AND payloadType = 'dk.pulje.shared.application.GrantAwarded'",
                Long.class,
                pool);
        assertThat(awardedEvents).isEqualTo(50);
        List<Long> sequences = jdbc.queryForList(
                "SELECT sequenceNumber FROM DomainEventEntry WHERE "
                        + "aggregateIdentifier = ? ORDER BY sequenceNumber",
                Long.class,
                pool);
        assertThat(sequences).doesNotHaveDuplicates().hasSize(2 + 2 * 80 + 50);
    }

    /**
     * Overloaded (64 threads for 20 connections on a slow machine) the app may answer 503 with Retry-After; a client
     * then sends the same request again under the same Idempotency-Key, which can never award twice.
     */
    private int awardAsAClientWould(String pool, String code) throws Exception {
        int status;
        int attempts = 0;
        do {
            status = mvc.perform(MockMvcRequestBuilders.post("/pools/" + pool + "/applications/app-" + code + "/award")
                            .header("Authorization", basic("approver"))
                            .header("Idempotency-Key", "award-" + code)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"amount\": \"" + AWARD + "\", \"reason\": \"Race\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } while (status == 503 && ++attempts < 5);
        return status;
    }
}
