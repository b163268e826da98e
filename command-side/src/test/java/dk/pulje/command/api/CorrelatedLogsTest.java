package dk.pulje.command.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A request's correlation id is in every JSON log line of the command it sends, and in its events' metadata. */
@ActiveProfiles({"embedded", "demo", "json-logs"})
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:correlated-logs;DB_CLOSE_DELAY=-1",
        "logging.level.dk.pulje.command.infra=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class CorrelatedLogsTest extends CommandApiTestSupport {

    @Test
    void the_log_lines_of_a_command_carry_its_request_s_correlation_id(CapturedOutput output) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/programmes").header("Authorization", basic("manager"))
                        .header("X-Correlation-Id", "audit-trail-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"logged\", \"name\": \"Logged\", \"envelope\": \"1000000.00\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", "audit-trail-42"));

        List<String> handled = output.getOut().lines().filter(line -> line.contains("Handled EstablishProgramme"))
                .toList();
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0)).startsWith("{").contains("\"traceId\":\"audit-trail-42\"", "\"messageId\":");
        String metaData = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (row, index) -> new String(row.getBytes(1)), "logged");
        assertThat(metaData).contains("\"traceId\":\"audit-trail-42\"");
    }

    @Test
    void a_request_without_a_usable_correlation_id_gets_one() throws Exception {
        String given = mvc.perform(MockMvcRequestBuilders.post("/programmes").header("Authorization", basic("manager"))
                        .header("X-Correlation-Id", "not a token\u00e6")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"unlogged\", \"name\": \"Unlogged\", \"envelope\": \"1000000.00\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("X-Correlation-Id");
        assertThat(given).matches("[0-9a-f-]{36}");
    }
}
