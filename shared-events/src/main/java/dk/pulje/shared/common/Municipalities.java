package dk.pulje.shared.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reference list of the 98 Danish municipalities (since 2007), read once from the classpath. */
public final class Municipalities {

    public record Municipality(String code, String name, String region) {}

    private static final Map<String, Municipality> BY_CODE = load();

    private Municipalities() {}

    public static boolean isKnown(String code) {
        return BY_CODE.containsKey(code);
    }

    public static String nameOf(String code) {
        return BY_CODE.get(code).name();
    }

    public static Map<String, Municipality> all() {
        return BY_CODE;
    }

    private static Map<String, Municipality> load() {
        try (InputStream in = Municipalities.class.getResourceAsStream("municipalities.csv")) {
            if (in == null) {
                throw new IllegalStateException("municipalities.csv is missing from the classpath");
            }
            Map<String, Municipality> byCode = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .forEach(f -> byCode.put(f[0], new Municipality(f[0], f[1], f[2])));
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
