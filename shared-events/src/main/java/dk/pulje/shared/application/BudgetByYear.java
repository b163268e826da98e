package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What an application asks for in each year of its project, e.g. {2020: 2 000 000.00, 2021: …}. */
public record BudgetByYear(SortedMap<Integer, Money> years) {

    public BudgetByYear {
        if (years == null || years.isEmpty()) {
            throw new InvalidValue("budget.missing", "An application has a budget for at least one year");
        }
        if (years.values().stream().anyMatch(amount -> amount == null)) {
            throw new InvalidValue("budget.missing", "Every budget year has an amount");
        }
        years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    @JsonCreator
    public static BudgetByYear of(Map<Integer, Money> years) {
        return new BudgetByYear(years == null ? null : new TreeMap<>(years));
    }

    @JsonValue
    public SortedMap<Integer, Money> years() {
        return years;
    }

    public Money total() {
        return years.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
