package dk.pulje.bench.load;

import dk.pulje.bench.history.PoolHistory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Gives each client its own pools, one after the other: a pool open now that every municipality may apply to
 * once, so a client submits 98 applications to a pool (one per municipality) and then drafts and publishes its
 * next pool as the pool manager. Pools are never shared between clients, as applicants of different
 * municipalities apply to different pools at the same time.
 */
final class PoolsForClients {

    static final String PROGRAMME = "bench-programme";
    private static final List<String> MUNICIPALITIES = PoolHistory.municipalities();

    private final Api commands;
    private final String run;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    PoolsForClients(Api commands, String run) {
        this.commands = commands;
        this.run = run;
    }

    static String programmeJson() {
        return """
                {"id": "%s", "name": "Benchmark programme", "envelope": "100000000000.00"}""".formatted(PROGRAMME);
    }

    /** Submissions from each municipality in turn to one pool, the next pool opened once all 98 have applied. */
    private final class Sequence {
        private final String poolPrefix;
        private final String applicationPrefix;
        private int submitted;
        private String pool;

        Sequence(String poolPrefix, String applicationPrefix) {
            this.poolPrefix = poolPrefix;
            this.applicationPrefix = applicationPrefix;
        }

        Submission next() throws Exception {
            int inPool = submitted % MUNICIPALITIES.size();
            if (inPool == 0) {
                pool = poolPrefix + submitted / MUNICIPALITIES.size();
                commands.post("/programmes/" + PROGRAMME + "/pools", "manager", poolJson(pool));
                commands.post("/pools/" + pool + "/publication", "manager", "{}");
            }
            String municipality = MUNICIPALITIES.get(inPool);
            String application = applicationPrefix + submitted++;
            return new Submission(
                    pool,
                    application,
                    BenchUsers.applicantOf(municipality),
                    "/pools/" + pool + "/applications",
                    submissionJson(application, municipality));
        }
    }

    /** One client's applications: the next one goes to the client's current pool, from the next municipality. */
    final class ClientPools {
        // Application ids are unique across pools: each client numbers its own.
        private final Sequence sequence;

        ClientPools(int client) {
            this.sequence = new Sequence("bench-" + run + "-c" + client + "-p", "c" + client + "-a");
        }

        /** Answers the path and JSON of the client's next submission, opening a new pool first when needed. */
        Submission next() throws Exception {
            return sequence.next();
        }
    }

    record Submission(String pool, String application, String user, String path, String json) {}

    /**
     * A deadline rush: every client submits to ONE pool, each submission from the next municipality, until all 98
     * have applied; then the next pool opens for all of them.
     */
    final class SharedPool {
        private final Sequence sequence = new Sequence(poolPrefix(), "rush-" + run + "-a");

        synchronized Submission next() throws Exception {
            return sequence.next();
        }

        /** The pools of the rush, as their ids begin. */
        String poolPrefix() {
            return "rush-" + run + "-p";
        }
    }

    SharedPool shared() {
        return new SharedPool();
    }

    ClientPools forClient(int client) {
        return new ClientPools(client);
    }

    private String poolJson(String id) {
        LocalDateTime opens = today.minusDays(1).atStartOfDay();
        LocalDateTime deadline = today.plusDays(60).atTime(12, 0);
        return """
                {"id": "%s", "title": "Initiatives for an early, preventive and more effective effort",
                 "description": "A pool of the benchmark", "budget": "24900000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "new-methods", "title": "New efforts and methods"},
                                {"code": "cross-disciplinary", "title": "Cross-disciplinary cooperation"}],
                 "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
                 "expectedGrantees": {"minimum": 5, "maximum": 15},
                 "rounds": [{"opens": "%s", "deadline": "%s"}],
                 "projectPeriod": {"start": "%s", "end": "%s"},
                 "meetings": [{"date": "%s", "starts": "10:00", "ends": "14:30", "place": "Odense"}]}""".formatted(
                id, opens, deadline, today, today.plusYears(3).withDayOfYear(1).minusDays(1), today.plusDays(10));
    }

    private String submissionJson(String id, String municipality) {
        int year = today.getYear() + 1;
        return """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                 "projectTitle": "Early help across day care, school and PPR: a cross-disciplinary team",
                 "amountRequested": "1500000.00", "budget": {"%d": "500000.00", "%d": "1000000.00"},
                 "activityCategory": "cross-disciplinary",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk", "phone": "+45 8940 2000"}}""".formatted(id, municipality, year, year + 1);
    }
}
