package dk.pulje.shared.grant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Identifier;

/**
 * Identifies a grant by the application it was awarded on (the same id). Its stream is named {@code grant:<id>}
 * ({@link #toString}) so it can never share a stream with a pool or programme whose id is the same text.
 */
public record GrantId(String value) {

    public GrantId {
        Identifier.require(value, "A grant id");
    }

    @JsonCreator
    public static GrantId of(String value) {
        return new GrantId(value);
    }

    public static GrantId of(ApplicationId application) {
        return new GrantId(application.value());
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The aggregate identifier of the grant's stream. */
    @Override
    public String toString() {
        return "grant:" + value;
    }
}
