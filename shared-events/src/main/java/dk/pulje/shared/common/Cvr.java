package dk.pulje.shared.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A Danish company registration number: 8 digits, no leading 0, weighted modulus-11 check. */
public record Cvr(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{7}");

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("cvr.format", "A CVR number is 8 digits not starting with 0: " + value);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        if (sum % 11 != 0) {
            throw new InvalidValue("cvr.checksum", "Not a valid CVR number (modulus-11 check fails): " + value);
        }
    }

    @JsonCreator
    public static Cvr of(String value) {
        return new Cvr(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
