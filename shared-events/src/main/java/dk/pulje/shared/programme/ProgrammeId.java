package dk.pulje.shared.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.Identifier;

/** Identifies a programme (satspulje / bevilling på finansloven). */
public record ProgrammeId(String value) {

    public ProgrammeId {
        Identifier.require(value, "A programme id");
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    public static ProgrammeId random() {
        return new ProgrammeId(Identifier.random());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
