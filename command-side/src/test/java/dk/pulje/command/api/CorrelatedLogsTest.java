package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.pulje.spring.axon.MessageLogContext;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A request's correlation id is in the logging context of every line logged while the command it sends is handled
 * (the json-logs profile writes it as {@code requestId}), and in its events' metadata.
 */
@ActiveProfiles({"embedded", "demo", "json-logs"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:correlated-logs;DB_CLOSE_DELAY=-1")
class CorrelatedLogsTest extends CommandApiTestSupport {

    private final Logger commandLog = (Logger) LoggerFactory.getLogger(MessageLogContext.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level level;

    @BeforeEach
    void captureTheCommandLog() {
        level = commandLog.getLevel();
        commandLog.setLevel(Level.DEBUG);
        lines.start();
        commandLog.addAppender(lines);
    }

    @AfterEach
    void releaseTheCommandLog() {
        commandLog.detachAppender(lines);
        commandLog.setLevel(level);
    }

    @Test
    void the_log_lines_of_a_command_carry_its_request_s_correlation_id() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/programmes")
                        .header("Authorization", basic("manager"))
                        .header("X-Correlation-Id", "audit-trail-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"logged\", \"name\": \"Logged\", \"envelope\": \"1000000.00\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", "audit-trail-42"));

        List<ILoggingEvent> handled = lines.list.stream()
                .filter(line -> line.getFormattedMessage().startsWith("Handled EstablishProgramme"))
                .toList();
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0).getMDCPropertyMap())
                .containsEntry("requestId", "audit-trail-42")
                .containsKey("messageId");
        String metaData = jdbc.queryForObject(
                "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (row, index) -> new String(row.getBytes(1)),
                "logged");
        assertThat(metaData).contains("\"traceId\":\"audit-trail-42\"");
    }

    @Test
    void a_request_without_a_usable_correlation_id_gets_one() throws Exception {
        String given = mvc.perform(MockMvcRequestBuilders.post("/programmes")
                        .header("Authorization", basic("manager"))
                        .header("X-Correlation-Id", "not a token\u00e6")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"unlogged\", \"name\": \"Unlogged\", \"envelope\": \"1000000.00\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("X-Correlation-Id");
        assertThat(given).matches("[0-9a-f-]{36}");
    }
}
