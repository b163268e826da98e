package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An application's answers to its pool's own questions, by question id: blank answers left out, the rest stripped. */
public final class Answers {

    private static final int LONGEST_ANSWER = 10_000;
    private static final int MOST_ANSWERS = 50;

    private Answers() {}

    public static SortedMap<String, String> of(Map<String, String> answers) {
        SortedMap<String, String> given = new TreeMap<>();
        if (answers != null) {
            answers.forEach((question, answer) -> {
                if (question != null && answer != null && !answer.isBlank()) {
                    given.put(question, answer.strip());
                }
            });
        }
        if (given.size() > MOST_ANSWERS) {
            throw new InvalidValue(
                    "application.answers", "An application answers at most " + MOST_ANSWERS + " questions");
        }
        if (given.values().stream().anyMatch(answer -> answer.length() > LONGEST_ANSWER)) {
            throw new InvalidValue("application.answers", "An answer has at most " + LONGEST_ANSWER + " characters");
        }
        return Collections.unmodifiableSortedMap(given);
    }
}
