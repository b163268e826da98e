package dk.pulje.shared.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Danish kroner with øre precision, held as whole øre so sums are exact.
 * In JSON it is a decimal string such as {@code "24900000.00"}; a number is accepted on input.
 */
public record Money(long oere) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (oere < 0) {
            throw new InvalidValue("money.negative", "An amount cannot be negative: " + format(oere));
        }
    }

    /**
     * Parses kroner with at most two decimals: "12.30" and 12.3 are accepted, "12.345" is refused, and so is a number
     * out of {@link NumberOutOfRange range} before it is rounded or written out.
     */
    @JsonCreator
    public static Money of(BigDecimal kroner) {
        if (kroner == null) {
            throw new InvalidValue("money.missing", "An amount is required");
        }
        NumberOutOfRange.requireInRange(kroner);
        BigDecimal normalized = kroner.stripTrailingZeros();
        if (normalized.scale() > 2) {
            throw new InvalidValue(
                    "money.precision", "An amount has at most two decimals (øre): " + kroner.toPlainString());
        }
        try {
            return new Money(kroner.movePointRight(2)
                    .setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new InvalidValue("money.range", "An amount is out of range: " + kroner.toPlainString());
        }
    }

    public static Money of(String kroner) {
        String number = kroner.replace(" ", "");
        NumberOutOfRange.requireFits(number, BigDecimal.class);
        try {
            return of(new BigDecimal(number));
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue("money.format", "Not an amount: " + kroner);
        }
    }

    public static Money millions(String millionsOfKroner) {
        return of(new BigDecimal(millionsOfKroner).movePointRight(6));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(oere, other.oere));
    }

    /** The difference, which must not be negative: use {@link #isGreaterThan} first where it may be. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(oere, other.oere));
    }

    public boolean isGreaterThan(Money other) {
        return oere > other.oere;
    }

    public boolean isZero() {
        return oere == 0;
    }

    public BigDecimal kroner() {
        return BigDecimal.valueOf(oere, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(oere, other.oere);
    }

    @JsonValue
    @Override
    public String toString() {
        return format(oere);
    }

    private static String format(long oere) {
        return BigDecimal.valueOf(oere, 2).toPlainString();
    }
}
