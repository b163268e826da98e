package dk.pulje.query.infra;

import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolView.PendingAmendment;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values kept as one JSON text in a column: a pool's terms, the planned dates it was announced with, an amendment
 * awaiting its second signature, budget lines, an assessment's scores, an application's answers.
 * They are read whole and never queried by their parts. The mapper is these columns' own, not the web's, so the
 * stored text does not change with how the API is configured.
 */
public final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {}

    public static String write(PoolTerms terms) {
        return JSON.writeValueAsString(terms);
    }

    public static PoolTerms readTerms(String json) {
        return JSON.readValue(json, PoolTerms.class);
    }

    public static String write(PoolPlanning planned) {
        return JSON.writeValueAsString(planned);
    }

    public static PoolPlanning readPlanning(String json) {
        return json == null ? null : JSON.readValue(json, PoolPlanning.class);
    }

    /** Null for none. */
    public static String write(PendingAmendment amendment) {
        return amendment == null ? null : JSON.writeValueAsString(amendment);
    }

    public static PendingAmendment readPendingAmendment(String json) {
        return json == null ? null : JSON.readValue(json, PendingAmendment.class);
    }

    public static String write(List<?> values) {
        return JSON.writeValueAsString(values);
    }

    public static List<CriterionScore> readScores(String json) {
        return List.of(JSON.readValue(json, CriterionScore[].class));
    }

    /** Null for none. */
    public static String writeAnswers(Map<String, String> answers) {
        return answers.isEmpty() ? null : JSON.writeValueAsString(answers);
    }

    public static Map<String, String> readAnswers(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
    }

    /** Null for none. */
    public static String write(BudgetLines lines) {
        return lines == null ? null : JSON.writeValueAsString(lines);
    }

    public static BudgetLines readLines(String json) {
        return json == null ? null : JSON.readValue(json, BudgetLines.class);
    }
}
