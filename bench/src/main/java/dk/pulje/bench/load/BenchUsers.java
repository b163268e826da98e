package dk.pulje.bench.load;

import dk.pulje.bench.history.PoolHistory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The users the load signs in as: the demo users, and an applicant for each of the 98 municipalities ({@code m751}
 * acts for Aarhus), since one applicant has one active application per round. All have the demo password and its
 * hash as the demo profile ships it. Given to both apps as {@code SPRING_APPLICATION_JSON}.
 */
public final class BenchUsers {

    public static final String PASSWORD = "demo";
    /** The demo profile's hash of "demo" (application.yml). */
    private static final String DEMO_HASH = "{bcrypt}$2a$10$BxSFzHq2nEVx8U/ky7s8YecwB2mh7ISYcpZOB828rzckOFea9Xl9W";

    private BenchUsers() {}

    public static String applicantOf(String municipality) {
        return "m" + municipality;
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static String springApplicationJson() {
        List<Map<String, String>> users = new ArrayList<>();
        for (String[] staff : new String[][] {
            {"manager", "POOL_MANAGER"},
            {"assessor", "ASSESSOR"},
            {"approver", "APPROVER"},
            {"finance", "FINANCE_OFFICER"},
            {"auditor", "AUDITOR"},
            {"viewer", "DASHBOARD_VIEWER"}
        }) {
            users.add(Map.of("name", staff[0], "password", DEMO_HASH, "role", staff[1]));
        }
        for (String municipality : PoolHistory.municipalities()) {
            users.add(Map.of(
                    "name",
                    applicantOf(municipality),
                    "password",
                    DEMO_HASH,
                    "role",
                    "APPLICANT",
                    "organisation",
                    "municipality:" + municipality));
        }
        return JsonMapper.builder()
                .build()
                .writeValueAsString(Map.of("pulje", Map.of("security", Map.of("users", users))));
    }
}
