package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.Identifier;

/** Identifies an application (ansøgning); an awarded application's grant keeps the same id. */
public record ApplicationId(String value) {

    public ApplicationId {
        Identifier.require(value, "An application id");
    }

    @JsonCreator
    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    public static ApplicationId random() {
        return new ApplicationId(Identifier.random());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
