package dk.pulje.command.shared;

/**
 * Less budgeted on an earmarked line than the pool reserves of each grant for it: by an application (submitted or
 * amended), an award smaller than the earmarks together, a grant's acceptance or a reallocation.
 */
public class EarmarkNotMet extends Refusal {

    public EarmarkNotMet(String detail) {
        super("earmark-not-met", Kind.CONFLICT, detail);
    }
}
