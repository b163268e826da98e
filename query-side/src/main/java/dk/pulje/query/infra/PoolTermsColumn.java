package dk.pulje.query.infra;

import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PoolTerms;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool's terms (and the planned dates it was announced with) are kept as one JSON text: they are read whole and never queried by their parts. The mapper is
 * this column's own, not the web's, so the stored text does not change with how the API is configured.
 */
public final class PoolTermsColumn {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PoolTermsColumn() {
    }

    public static String write(PoolTerms terms) {
        return JSON.writeValueAsString(terms);
    }

    public static PoolTerms read(String json) {
        return JSON.readValue(json, PoolTerms.class);
    }

    public static String write(PoolPlanning planned) {
        return JSON.writeValueAsString(planned);
    }

    public static PoolPlanning readPlanning(String json) {
        return json == null ? null : JSON.readValue(json, PoolPlanning.class);
    }
}
