package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The questions a pool asks of every applicant beyond what every application holds (title, amount, budget,
 * contact), defined by the pool manager with the pool's terms and versioned with its rules. A pool without a form
 * asks nothing more ({@link #NONE}).
 */
public record ApplicationForm(List<Question> questions) {

    public static final ApplicationForm NONE = new ApplicationForm(List.of());

    private static final int MOST_QUESTIONS = 50;

    public ApplicationForm {
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (questions.size() > MOST_QUESTIONS) {
            throw new InvalidValue("form.questions", "A form asks at most " + MOST_QUESTIONS + " questions");
        }
        if (new HashSet<>(questions.stream().map(Question::id).toList()).size() != questions.size()) {
            throw new InvalidValue("form.questions", "Each of a form's questions has its own id");
        }
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Everything wrong with {@code answers} (by question id) to this form: required questions unanswered, answers
     * that do not fit their question, and answers to questions the form does not ask. Empty when they fit.
     */
    public List<String> problemsWith(Map<String, String> answers) {
        Set<String> asked = new TreeSet<>(answers.keySet());
        List<String> problems = new ArrayList<>();
        for (Question question : questions) {
            asked.remove(question.id());
            question.problemWith(answers.get(question.id())).ifPresent(problems::add);
        }
        asked.forEach(id -> problems.add("The form asks no question " + id));
        return problems;
    }

    /** The answers given to file questions: the document ids of attachments the answers point at. */
    public Set<String> filesAnswered(Map<String, String> answers) {
        Set<String> files = new TreeSet<>();
        for (Question question : questions) {
            String answer = answers.get(question.id());
            if (question.kind() == QuestionKind.FILE && answer != null && !answer.isBlank()) {
                files.add(answer.strip());
            }
        }
        return files;
    }
}
