package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.common.Identifier;

/** Identifies a pool (ansøgningspulje). */
public record PoolId(String value) {

    public PoolId {
        Identifier.require(value, "A pool id");
    }

    @JsonCreator
    public static PoolId of(String value) {
        return new PoolId(value);
    }

    public static PoolId random() {
        return new PoolId(Identifier.random());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
