package dk.pulje.shared.common;

/**
 * A value that cannot exist: thrown by the constructors of value types, so a malformed amount, id or
 * code never reaches a command handler. {@code code} is stable and names the broken rule.
 */
public class InvalidValue extends IllegalArgumentException {

    private final String code;

    public InvalidValue(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
