package dk.pulje.command.api;

import dk.pulje.shared.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Runs the whole command side against a real database, with the demo users and a clock the test sets.
 * Subclasses choose the store.
 */
// The tests move the clock at will; deadlines that would come due meanwhile are the subject of other tests.
@SpringBootTest(properties = {"pulje.demo.load-seed-pools=false", "pulje.deadlines.fire=false"})
@Import(CommandApiTestSupport.FixedClock.class)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public abstract class CommandApiTestSupport {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2017-02-06T09:00:00Z"));
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    public ResultActions post(String path, String user, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .header("Authorization", basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    protected static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    protected long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
