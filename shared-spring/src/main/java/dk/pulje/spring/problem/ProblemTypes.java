package dk.pulje.spring.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * Every problem type, read from {@code problem-types.yml}: the one list the pages, the API documents and
 * docs/problems.md follow.
 */
public final class ProblemTypes {

    private static final String SOURCE = "dk/pulje/spring/problem/problem-types.yml";

    private final Map<String, ProblemType> bySlug;

    private ProblemTypes(List<ProblemType> types) {
        this.bySlug = types.stream()
                .collect(Collectors.toMap(
                        ProblemType::slug,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("Problem type listed twice: " + a.slug());
                        },
                        LinkedHashMap::new));
    }

    public static ProblemTypes load() {
        try {
            var sources = new YamlPropertySourceLoader().load(SOURCE, new ClassPathResource(SOURCE));
            return new ProblemTypes(new Binder(ConfigurationPropertySources.from(sources))
                    .bind("problems", Bindable.listOf(ProblemType.class))
                    .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ProblemType> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public List<ProblemType> all() {
        return List.copyOf(bySlug.values());
    }
}
