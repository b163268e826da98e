package dk.pulje.query.portal;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.grant.BudgetChangeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The grant page's forms, read and checked before anything is sent: each gives the body the command side's grant
 * endpoint takes, or what is wrong with each field (a message key), so bad input is told on the page and never sent.
 * Amounts are written in kroner, as 1500000, 1500000.50 or the Danish 1.500.000,50.
 */
final class GrantForms {

    /** The longest report summary the command side takes. */
    static final int SUMMARY = 10_000;

    /** The field that names a budget line's spending in a report: {@code spent-} and the line's place in the list. */
    static final String SPENT = "spent-";

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern DANISH = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A form as read: the request body to send, the values to show again and the errors by field. */
    record Read(Map<String, Object> body, Map<String, String> values, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private GrantForms() {}

    /** The project's start: a day, written as 2030-03-01 (a date field sends it so). */
    static Read start(MultiValueMap<String, String> posted) {
        Map<String, String> values = values(posted, List.of("startedOn"));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        String day = values.get("startedOn");
        try {
            body.put("startedOn", LocalDate.parse(day).toString());
        } catch (DateTimeParseException notADay) {
            errors.put("startedOn", "grant.error.date");
        }
        return new Read(body, values, errors);
    }

    /**
     * A report: its summary, and where the grant has budget lines what was spent on each in the report's period (0
     * where nothing was); {@code lines} in the order the page lists them.
     */
    static Read report(MultiValueMap<String, String> posted, List<String> lines) {
        List<String> fields = new java.util.ArrayList<>(List.of("summary"));
        for (int index = 0; index < lines.size(); index++) {
            fields.add(SPENT + index);
        }
        Map<String, String> values = values(posted, fields);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        String summary = values.get("summary");
        if (summary.isEmpty()) {
            errors.put("summary", "grant.error.summary");
        } else if (summary.length() > SUMMARY) {
            errors.put("summary", "draft.error.tooLong");
        }
        body.put("summary", summary);
        Map<String, String> spent = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            String field = SPENT + index;
            Money amount = amount(values.get(field), true);
            if (amount == null) {
                errors.put(field, "grant.error.spent");
            } else {
                spent.put(lines.get(index), amount.toString());
            }
        }
        if (!lines.isEmpty()) {
            body.put("spentByLine", spent);
        }
        return new Read(body, values, errors);
    }

    /**
     * A budget change: money moved between two budget lines, or a year's unpaid money carried over to a later year;
     * with the reason, which the command side requires.
     */
    static Read budgetChange(MultiValueMap<String, String> posted) {
        Map<String, String> values = values(posted, List.of("kind", "from", "to", "amount", "reason"));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        BudgetChangeKind kind = kind(values.get("kind"));
        if (kind == null) {
            errors.put("kind", "grant.error.kind");
        }
        for (String end : List.of("from", "to")) {
            String value = values.get(end);
            if (value.isEmpty() || value.length() > 100) {
                errors.put(end, "grant.error.line");
            } else if (kind == BudgetChangeKind.CARRY_OVER
                    && !YEAR.matcher(value).matches()) {
                errors.put(end, "grant.error.year");
            }
        }
        if (!errors.containsKey("from") && values.get("from").equals(values.get("to"))) {
            errors.put("to", "grant.error.sameLine");
        }
        if (kind == BudgetChangeKind.CARRY_OVER
                && !errors.containsKey("from")
                && !errors.containsKey("to")
                && Integer.parseInt(values.get("to")) <= Integer.parseInt(values.get("from"))) {
            errors.put("to", "grant.error.laterYear");
        }
        Money amount = amount(values.get("amount"), false);
        if (amount == null) {
            errors.put("amount", "draft.error.amount");
        }
        String reason = values.get("reason");
        if (reason.isEmpty()) {
            errors.put("reason", "grant.error.reason");
        } else if (reason.length() > Reason.MAX_LENGTH) {
            errors.put("reason", "draft.error.tooLong");
        }
        if (errors.isEmpty()) {
            body.put("kind", kind.name());
            body.put("from", values.get("from"));
            body.put("to", values.get("to"));
            body.put("amount", amount.toString());
            body.put("reason", reason);
        }
        return new Read(body, values, errors);
    }

    /** An amount in kroner with at most two decimals, above 0 (or 0 too where {@code zero} allows it); else null. */
    static Money amount(String value, boolean zero) {
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
            return null;
        }
        BigDecimal kroner = new BigDecimal(plain);
        if (kroner.signum() < 0 || (kroner.signum() == 0 && !zero)) {
            return null;
        }
        try {
            return Money.of(kroner);
        } catch (InvalidValue outOfRange) {
            return null;
        }
    }

    private static BudgetChangeKind kind(String value) {
        for (BudgetChangeKind kind : BudgetChangeKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }

    private static Map<String, String> values(MultiValueMap<String, String> posted, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            String value = posted.getFirst(field);
            values.put(field, value == null ? "" : value.strip());
        }
        return values;
    }
}
