package dk.pulje.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml as compose reads it before it fills in the variables (merge keys resolved). */
final class ComposeFile {

    static final Path PATH = Path.of("..", "docker-compose.yml");

    private final Map<String, Object> content;

    private ComposeFile(Map<String, Object> content) {
        this.content = content;
    }

    static ComposeFile read() throws IOException {
        return new ComposeFile(new Yaml().load(Files.readString(PATH)));
    }

    static String text() throws IOException {
        return Files.readString(PATH);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) content.get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        return (Map<String, Object>) section("services").get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> environment(String service) {
        return (Map<String, Object>) service(service).get("environment");
    }
}
