package dk.pulje.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark's outcome: the figure as printed, its share of PostgreSQL's own ceiling where that means something,
 * the target and whether it was met, the measured values by name (for the CSV and JSON) and a note on what bounds it.
 */
public record Result(
        String id,
        String what,
        String figure,
        Double percentOfCeiling,
        String target,
        Verdict verdict,
        Map<String, Object> values,
        String note) {

    public enum Verdict {
        REFERENCE,
        MET,
        MISSED,
        FAILED
    }

    public Result {
        values = new LinkedHashMap<>(values);
    }

    public static Result failed(String id, String what, String target, Throwable cause) {
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new Result(id, what, "-", null, target, Verdict.FAILED, Map.of(), message);
    }

    public static Verdict met(boolean met) {
        return met ? Verdict.MET : Verdict.MISSED;
    }
}
