package dk.pulje.command.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.command.api.CommandApiTestSupport;
import dk.pulje.command.pool.PoolPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pool published 6 February 2017 as the seed documents give it: 24.9 mio. kr., municipalities only,
 * deadline 24 March 2017 at 12:00 Copenhagen time, run through the API with its original dates.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:seed-2017;DB_CLOSE_DELAY=-1")
class SeedPoolOf6February2017Test extends CommandApiTestSupport {

    @Autowired
    JsonMapper json;

    private static final String POOL = "/pools/early-preventive-effort-2017";

    @Test
    void only_municipalities_and_only_before_noon_on_24_march_2017() throws Exception {
        SeedPools.ProgrammePlan programme = SeedPools.read(json).programmes().stream()
                .filter(p -> p.id().value().equals("early-preventive-2017"))
                .findFirst()
                .orElseThrow();
        PoolPlan pool = programme.pools().get(0);
        assertThat(pool.budget()).hasToString("24900000.00");
        assertThat(pool.terms().categories()).hasSize(6);

        clock.setCopenhagen("2017-02-06T09:00:00");
        post(
                        "/programmes",
                        "manager",
                        json.writeValueAsString(java.util.Map.of(
                                "id", programme.id(), "name", programme.name(), "envelope", programme.envelope())))
                .andExpect(status().isCreated());
        post("/programmes/early-preventive-2017/pools", "manager", json.writeValueAsString(pool))
                .andExpect(status().isCreated());
        post(POOL + "/publication", "manager", "{}").andExpect(status().isAccepted());

        clock.setCopenhagen("2017-03-24T11:00:00");
        post(
                        POOL + "/applications",
                        "solbakken",
                        application(
                                "solbakken-1",
                                "{\"kind\": \"CARE_INSTITUTION\", \"name\": \"Opholdsstedet Solbakken\", \"cvr\": \"29189986\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/applicant-not-eligible"));

        clock.setCopenhagen("2017-03-24T11:59:59");
        post(
                        POOL + "/applications",
                        "aarhus",
                        application("aarhus-1", "{\"kind\": \"MUNICIPALITY\", \"municipality\": \"751\"}"))
                .andExpect(status().isCreated());

        clock.setCopenhagen("2017-03-24T12:00:00");
        post(
                        POOL + "/applications",
                        "odense",
                        application("odense-1", "{\"kind\": \"MUNICIPALITY\", \"municipality\": \"461\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/deadline-passed"));
    }

    private static String application(String id, String applicant) {
        return """
                {"id": "%s", "applicant": %s, "projectTitle": "Early help across day care and school",
                 "amountRequested": "1500000.00", "budget": {"2017": "500000.00", "2018": "1000000.00"},
                 "activityCategory": "cross-disciplinary",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"}}""".formatted(id, applicant);
    }
}
