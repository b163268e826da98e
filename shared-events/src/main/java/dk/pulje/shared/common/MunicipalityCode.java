package dk.pulje.shared.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The official three-digit code (kommunekode) of one of the 98 Danish municipalities. */
public record MunicipalityCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{3}");

    public MunicipalityCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("municipality.format", "A municipality code has three digits: " + value);
        }
        if (!Municipalities.isKnown(value)) {
            throw new InvalidValue("municipality.unknown", "No Danish municipality has the code " + value);
        }
    }

    @JsonCreator
    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    public String municipalityName() {
        return Municipalities.nameOf(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
