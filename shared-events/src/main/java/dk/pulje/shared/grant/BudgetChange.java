package dk.pulje.shared.grant;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import java.util.regex.Pattern;

/**
 * Moves {@code amount} from one budget line to another (a reallocation) or from one year of the payment schedule
 * to a later one (a carry-over; {@code from} and {@code to} are years).
 */
public record BudgetChange(BudgetChangeKind kind, String from, String to, Money amount) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public BudgetChange {
        if (kind == null) {
            throw new InvalidValue("budget-change.kind", "A budget change is a REALLOCATION or a CARRY_OVER");
        }
        from = Text.required(from, "A budget change's from", 100);
        to = Text.required(to, "A budget change's to", 100);
        if (from.equals(to)) {
            throw new InvalidValue("budget-change.same-line", "A budget change moves money between two lines");
        }
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("budget-change.amount", "A budget change moves an amount above 0");
        }
        if (kind == BudgetChangeKind.CARRY_OVER
                && !(isYear(from) && isYear(to) && Integer.parseInt(to) > Integer.parseInt(from))) {
            throw new InvalidValue("budget-change.years", "A carry-over moves money from a year to a later year");
        }
    }

    private static boolean isYear(String text) {
        return YEAR.matcher(text).matches();
    }
}
