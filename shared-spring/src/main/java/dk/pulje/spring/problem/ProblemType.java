package dk.pulje.spring.problem;

/**
 * One problem type of either API: answered with {@code type} {@code /problems/{slug}}, the HTTP {@code status}, and
 * explained at that address by its title, what it means and what the client can do.
 */
public record ProblemType(String slug, int status, String title, String meaning, String action) {

    public String type() {
        return "/problems/" + slug;
    }
}
