package dk.pulje.shared.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.Identifier;

/** Identifies an information meeting (informationsmøde). */
public record MeetingId(String value) {

    public MeetingId {
        Identifier.require(value, "A meeting id");
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    public static MeetingId random() {
        return new MeetingId(Identifier.random());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
