package dk.pulje.shared.grant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Amounts by budget line, e.g. {"staff": 10 500 000.00, "partnership": 1 800 000.00}. */
public record BudgetLines(SortedMap<String, Money> lines) {

    public BudgetLines {
        if (lines == null) {
            lines = new TreeMap<>();
        }
        for (Map.Entry<String, Money> line : lines.entrySet()) {
            Text.required(line.getKey(), "A budget line's name", 100);
            if (line.getValue() == null) {
                throw new InvalidValue("budget-lines.amount", "Budget line " + line.getKey() + " has no amount");
            }
        }
        lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
    }

    @JsonCreator
    public static BudgetLines of(Map<String, Money> lines) {
        return new BudgetLines(lines == null ? null : new TreeMap<>(lines));
    }

    public static BudgetLines single(String line, Money amount) {
        return of(Map.of(line, amount));
    }

    @JsonValue
    public SortedMap<String, Money> lines() {
        return lines;
    }

    public Money total() {
        return lines.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money line(String name) {
        return lines.getOrDefault(name, Money.ZERO);
    }

    public BudgetLines moved(String from, String to, Money amount) {
        TreeMap<String, Money> moved = new TreeMap<>(lines);
        moved.put(from, line(from).minus(amount));
        moved.put(to, line(to).plus(amount));
        return new BudgetLines(moved);
    }
}
