package dk.pulje.shared.common;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A number no value in Pulje could be, refused before it is written out or rounded: {@code 1e-999999999} is a
 * billion digits once expanded, and {@code 1e400000000} minutes of arithmetic. Every number read from a request
 * passes here first, so what comes after (scaling to øre, comparing, messages) only ever handles short numbers.
 * The message never repeats the number.
 */
public final class NumberOutOfRange extends InvalidValue {

    /** Digits before, and decimals after, the point: far beyond any amount, year, score or size, and cheap to expand. */
    public static final int MAX_DIGITS = 100;

    /** As BigDecimal reads it; possessive, so a long run of digits is matched in one pass, not backtracked. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?+(?:\\d++\\.?+\\d*+|\\.\\d++)(?:[eE][+-]?+\\d++)?+");

    private static final Map<Class<?>, long[]> WHOLE_NUMBERS = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    public NumberOutOfRange(String message) {
        super("number.range", message);
    }

    /** The number, unless it has more than {@link #MAX_DIGITS} digits before or after its point. */
    public static BigDecimal requireInRange(BigDecimal number) {
        // scale and precision are read from the representation: nothing here expands the exponent
        if (number.scale() > MAX_DIGITS || (long) number.precision() - number.scale() > MAX_DIGITS) {
            throw new NumberOutOfRange(
                    "A number has at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS + " after its point");
        }
        return number;
    }

    /**
     * Refuses text written as a decimal number (as JSON or a query parameter has it) that no value of the numeric type
     * could hold: out of {@link #requireInRange range}, with an exponent past what a number can have, or, for a whole
     * number type, past its bounds. Text that is no number, and types that are no number, are left to the reader.
     */
    public static void requireFits(String text, Class<?> type) {
        if (!isNumber(type)) {
            return;
        }
        String number = text.strip();
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException notADecimal) {
            if (DECIMAL.matcher(number).matches()) {
                throw new NumberOutOfRange("A number's exponent is out of range");
            }
            return;
        }
        requireInRange(value);
        long[] bounds = WHOLE_NUMBERS.get(type);
        if (bounds != null
                && (value.compareTo(BigDecimal.valueOf(bounds[0])) < 0
                        || value.compareTo(BigDecimal.valueOf(bounds[1])) > 0)) {
            throw new NumberOutOfRange("A whole number from " + bounds[0] + " to " + bounds[1] + " is expected");
        }
    }

    public static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type)
                || type.isPrimitive() && type != boolean.class && type != char.class && type != void.class;
    }
}
