package dk.pulje.query.portal;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.QuestionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.util.MultiValueMap;

/**
 * A draft's form as it was posted, read into {@link DraftContent}: an empty field stays empty (a draft may be
 * incomplete), a field that is filled in must be well formed, or the whole save is refused with a message per field
 * and nothing is stored. Amounts are read in Danish ({@code 1.500.000,00}) or plain ({@code 1500000.00}) writing.
 */
final class DraftForm {

    /** The line of what the earmarked lines do not hold. */
    static final String OTHER = "other";

    static final int TITLE = 300;
    static final int NAME = 200;
    static final int PHONE = 40;

    /** The prefix of the fields that answer the pool's own questions, followed by the question's id. */
    static final String ANSWER = "answer-";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern DANISH = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private DraftContent content;

    private DraftForm() {}

    /** Reads the posted fields against the pool's terms (its categories, project years, earmarked lines). */
    static DraftForm read(MultiValueMap<String, String> posted, PoolTerms terms, boolean byCvr) {
        DraftForm form = new DraftForm();
        posted.forEach((name, all) ->
                form.values.put(name, all.isEmpty() ? "" : all.get(0).strip()));
        String title = form.text("projectTitle", TITLE);
        String category = form.text("activityCategory", 40);
        if (category != null && terms.category(category).isEmpty()) {
            form.errors.put("activityCategory", "draft.error.category");
            category = null;
        }
        Money amount = form.amount("amountRequested");
        SortedMap<Integer, Money> budget = new TreeMap<>();
        for (int year : years(terms)) {
            Money inYear = form.amount("year-" + year);
            if (inYear != null) {
                budget.put(year, inYear);
            }
        }
        SortedMap<String, Money> lines = new TreeMap<>();
        for (String line : lines(terms)) {
            Money onLine = form.amount("line-" + line);
            if (onLine != null) {
                lines.put(line, onLine);
            }
        }
        String contactName = form.text("contactName", NAME);
        String contactEmail = form.text("contactEmail", 254);
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            form.errors.put("contactEmail", "draft.error.email");
        }
        String contactPhone = form.text("contactPhone", PHONE);
        String kind = null;
        String applicantName = null;
        if (byCvr) {
            kind = form.text("applicantKind", 40);
            if (kind != null
                    && terms.eligibleKinds().stream()
                            .noneMatch(eligible -> eligible != ApplicantKind.MUNICIPALITY
                                    && eligible.name().equals(form.values.get("applicantKind")))) {
                form.errors.put("applicantKind", "draft.error.kind");
            }
            applicantName = form.text("applicantName", NAME);
        }
        SortedMap<String, String> answers = form.answers(terms.applicationForm());
        form.content = new DraftContent(
                title,
                category,
                amount,
                budget,
                lines,
                contactName,
                contactEmail,
                contactPhone,
                kind,
                applicantName,
                answers);
        return form;
    }

    /** The values of a saved draft, as the form shows them. */
    static Map<String, String> valuesOf(DraftContent content, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectTitle", content.projectTitle());
        values.put("activityCategory", content.activityCategory());
        values.put("amountRequested", written(content.amountRequested(), locale));
        content.budget().forEach((year, amount) -> values.put("year-" + year, written(amount, locale)));
        content.budgetLines().forEach((line, amount) -> values.put("line-" + line, written(amount, locale)));
        values.put("contactName", content.contactName());
        values.put("contactEmail", content.contactEmail());
        values.put("contactPhone", content.contactPhone());
        values.put("applicantKind", content.applicantKind());
        values.put("applicantName", content.applicantName());
        content.answers().forEach((question, answer) -> values.put(ANSWER + question, answer));
        return values;
    }

    private static String written(Money amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        String plain = amount.toString();
        return locale.getLanguage().equals("da") ? plain.replace('.', ',') : plain;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    DraftContent content() {
        return content;
    }

    Map<String, String> values() {
        return values;
    }

    /** The message key of what is wrong, per field. */
    Map<String, String> errors() {
        return errors;
    }

    /**
     * The answers given to the pool's own questions: an empty field is no answer yet, a filled-in one must fit its
     * question (a required question left open is told among what is missing, not as an error).
     */
    private SortedMap<String, String> answers(ApplicationForm questions) {
        SortedMap<String, String> answers = new TreeMap<>();
        for (Question question : questions.questions()) {
            String field = ANSWER + question.id();
            String value = values.get(field);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (question.kind() == QuestionKind.AMOUNT) {
                Money amount = amount(field);
                if (amount != null) {
                    answers.put(question.id(), amount.toString());
                }
                continue;
            }
            if (question.problemWith(value).isPresent()) {
                errors.put(field, "draft.error.answer." + question.kind().name().toLowerCase(Locale.ROOT));
                continue;
            }
            answers.put(question.id(), value);
        }
        return answers;
    }

    private String text(String field, int limit) {
        String value = values.get(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > limit) {
            errors.put(field, "draft.error.tooLong");
        }
        return value;
    }

    private Money amount(String field) {
        String value = values.get(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        String compact = value.replace(" ", "").replace("\u00a0", "");
        String plain;
        if (PLAIN.matcher(compact).matches()) {
            plain = compact;
        } else if (DANISH.matcher(compact).matches()) {
            plain = compact.replace(".", "").replace(',', '.');
        } else {
            errors.put(field, "draft.error.amount");
            return null;
        }
        BigDecimal kroner = new BigDecimal(plain);
        if (kroner.signum() <= 0) {
            errors.put(field, "draft.error.amount");
            return null;
        }
        try {
            return Money.of(kroner);
        } catch (InvalidValue outOfRange) {
            errors.put(field, "draft.error.amount");
            return null;
        }
    }

    /** The years of the pool's project period, each budgeted on its own. */
    static List<Integer> years(PoolTerms terms) {
        return IntStream.rangeClosed(
                        terms.projectPeriod().start().getYear(),
                        terms.projectPeriod().end().getYear())
                .boxed()
                .toList();
    }

    /** The budget lines asked for: each earmarked line and the rest; none where the pool earmarks nothing. */
    static List<String> lines(PoolTerms terms) {
        if (terms.earmarks().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(
                terms.earmarks().stream().map(Earmark::line).distinct().toList());
        if (!lines.contains(OTHER)) {
            lines.add(OTHER);
        }
        return lines;
    }

    /** The earmarked lines and the least each must budget. */
    static Map<String, Money> earmarks(PoolTerms terms) {
        Map<String, Money> earmarks = new LinkedHashMap<>();
        terms.earmarks().forEach(earmark -> earmarks.merge(earmark.line(), earmark.minimum(), Money::plus));
        return earmarks;
    }
}
