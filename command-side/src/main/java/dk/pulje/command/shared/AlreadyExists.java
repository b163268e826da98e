package dk.pulje.command.shared;

/** A programme, pool or application with this id exists already. */
public class AlreadyExists extends Refusal {

    public AlreadyExists(String detail) {
        super("already-exists", Kind.CONFLICT, detail);
    }
}
