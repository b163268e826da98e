package dk.pulje.command.infra;

/** The metadata every command and event carries besides Axon's correlation and trace ids. */
public final class MetaDataKeys {

    public static final String USER = "userId";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";

    private MetaDataKeys() {
    }
}
