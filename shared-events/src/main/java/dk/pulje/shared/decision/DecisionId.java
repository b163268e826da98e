package dk.pulje.shared.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Identifier;

/**
 * Identifies an application's decision as told to the applicant — its letters and the reconsiderations asked of it —
 * by the application's id. Its stream is named {@code decision:<id>} ({@link #toString}), apart from the pool's.
 */
public record DecisionId(String value) {

    public DecisionId {
        Identifier.require(value, "A decision id");
    }

    @JsonCreator
    public static DecisionId of(String value) {
        return new DecisionId(value);
    }

    public static DecisionId of(ApplicationId application) {
        return new DecisionId(application.value());
    }

    @JsonValue
    public String value() {
        return value;
    }

    public ApplicationId applicationId() {
        return ApplicationId.of(value);
    }

    /** The aggregate identifier of the decision's stream. */
    @Override
    public String toString() {
        return "decision:" + value;
    }
}
