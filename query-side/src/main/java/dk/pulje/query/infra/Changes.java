package dk.pulje.query.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an event changes in a row, column by column: a value set, an amount added or a text appended. Held within a
 * batch, the changes of one row's later events are folded into it ({@link #then}), so the row is written once.
 */
public final class Changes {

    /** How an update changes a column; all but {@link #EMPTY} take the change's value as a parameter. */
    enum Kind {
        SET,
        EMPTY,
        ADD,
        APPEND;

        String assignment(String column) {
            return switch (this) {
                case SET -> column + " = ?";
                case EMPTY -> column + " = NULL";
                case ADD -> column + " = " + column + " + ?";
                case APPEND -> column + " = " + column + " || ?";
            };
        }
    }

    sealed interface Change {
        /** This change followed by {@code next}, as one. */
        Change then(Change next);

        /** The column's value after this change, from its value before. */
        Object applyTo(Object before);

        Kind kind();

        Object parameter();
    }

    record Set(Object value) implements Change {
        @Override
        public Change then(Change next) {
            return next instanceof Set ? next : new Set(next.applyTo(value));
        }

        @Override
        public Object applyTo(Object before) {
            return value;
        }

        @Override
        public Kind kind() {
            return value == null ? Kind.EMPTY : Kind.SET;
        }

        @Override
        public Object parameter() {
            return value;
        }
    }

    record Add(long amount) implements Change {
        @Override
        public Change then(Change next) {
            if (next instanceof Add more) {
                return new Add(amount + more.amount());
            }
            return mixed(this, next);
        }

        @Override
        public Object applyTo(Object before) {
            return ((Number) before).longValue() + amount;
        }

        @Override
        public Kind kind() {
            return Kind.ADD;
        }

        @Override
        public Object parameter() {
            return amount;
        }
    }

    record Append(String text) implements Change {
        @Override
        public Change then(Change next) {
            if (next instanceof Append more) {
                return new Append(text + more.text());
            }
            return mixed(this, next);
        }

        @Override
        public Object applyTo(Object before) {
            return before + text;
        }

        @Override
        public Kind kind() {
            return Kind.APPEND;
        }

        @Override
        public Object parameter() {
            return text;
        }
    }

    /** A value set after an addition or appending replaces it; adding to text or appending to a number is a mistake. */
    private static Change mixed(Change first, Change next) {
        if (next instanceof Set) {
            return next;
        }
        throw new IllegalArgumentException(first + " cannot be followed by " + next);
    }

    private final Map<String, Change> columns = new LinkedHashMap<>();

    private Changes() {}

    public static Changes set(String column, Object value) {
        return new Changes().and(column, value);
    }

    public static Changes add(String column, long amount) {
        return new Changes().plus(column, amount);
    }

    public static Changes append(String column, String text) {
        return new Changes().with(column, new Append(text));
    }

    /** Sets {@code column} too; {@code null} empties it. */
    public Changes and(String column, Object value) {
        return with(column, new Set(value));
    }

    public Changes plus(String column, long amount) {
        return with(column, new Add(amount));
    }

    Map<String, Change> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** These changes followed by {@code next}'s, column by column. */
    Changes then(Changes next) {
        Changes folded = new Changes();
        folded.columns.putAll(columns);
        next.columns.forEach((column, change) -> folded.columns.merge(column, change, Change::then));
        return folded;
    }

    private Changes with(String column, Change change) {
        columns.merge(column, change, Change::then);
        return this;
    }
}
