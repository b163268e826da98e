package dk.pulje.shared.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Amounts by finance year (finansår), e.g. {2017: 62 500 000.00, 2018: …}: a programme's yearly envelopes, or the
 * years a pool's or an initiative's money belongs to. Empty where no years are given.
 */
public record FinanceYears(SortedMap<Integer, Money> years) {

    public static final FinanceYears NONE = new FinanceYears(new TreeMap<>());

    public FinanceYears {
        years = years == null ? new TreeMap<>() : new TreeMap<>(years);
        for (Map.Entry<Integer, Money> year : years.entrySet()) {
            if (year.getKey() == null || year.getKey() < 2000 || year.getKey() > 2100) {
                throw new InvalidValue("finance-year.range", "A finance year lies between 2000 and 2100");
            }
            if (year.getValue() == null || year.getValue().isZero()) {
                throw new InvalidValue(
                        "finance-year.amount", "Finance year " + year.getKey() + " needs an amount above 0");
            }
        }
        years = Collections.unmodifiableSortedMap(years);
    }

    @JsonCreator
    public static FinanceYears of(Map<Integer, Money> years) {
        return new FinanceYears(years == null ? null : new TreeMap<>(years));
    }

    /** Only a year: {@code amount} in {@code year}. */
    public static FinanceYears in(int year, Money amount) {
        return of(Map.of(year, amount));
    }

    @JsonValue
    public SortedMap<Integer, Money> years() {
        return years;
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public Money total() {
        return years.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money in(int year) {
        return years.getOrDefault(year, Money.ZERO);
    }

    /** These years plus {@code other}'s, year by year. */
    public FinanceYears plus(FinanceYears other) {
        TreeMap<Integer, Money> sum = new TreeMap<>(years);
        other.years.forEach((year, amount) -> sum.merge(year, amount, Money::plus));
        return new FinanceYears(sum);
    }

    /**
     * The same years holding {@code total} instead: a raise goes to the last year, a cut is taken from the last
     * year first and then from the years before it. Used when an amendment changes a pool's budget without
     * saying in which years.
     */
    public FinanceYears resizedTo(Money total) {
        if (years.isEmpty()) {
            return this;
        }
        TreeMap<Integer, Money> resized = new TreeMap<>(years);
        Money current = total();
        if (total.isGreaterThan(current)) {
            resized.merge(resized.lastKey(), total.minus(current), Money::plus);
            return new FinanceYears(resized);
        }
        Money cut = current.minus(total);
        for (Integer year : resized.descendingKeySet().stream().toList()) {
            Money amount = resized.get(year);
            if (cut.isGreaterThan(amount) || cut.equals(amount)) {
                resized.remove(year);
                cut = cut.minus(amount);
            } else {
                resized.put(year, amount.minus(cut));
                cut = Money.ZERO;
            }
            if (cut.isZero()) {
                break;
            }
        }
        return new FinanceYears(resized);
    }
}
