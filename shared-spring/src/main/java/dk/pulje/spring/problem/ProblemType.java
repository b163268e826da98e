package dk.pulje.spring.problem;

import java.util.EnumSet;
import java.util.Set;

/**
 * One problem type: answered with {@code type} {@code /problems/{slug}} and the HTTP {@code status} by the apps it
 * names (both when it names none), and explained at that address by its title, what it means and what the client
 * can do.
 */
public record ProblemType(String slug, int status, Set<App> apps, String title, String meaning, String action) {

    public enum App {
        COMMAND,
        QUERY
    }

    public ProblemType {
        apps = apps == null || apps.isEmpty() ? EnumSet.allOf(App.class) : EnumSet.copyOf(apps);
    }

    public String type() {
        return "/problems/" + slug;
    }

    public boolean answeredBy(App app) {
        return apps.contains(app);
    }
}
