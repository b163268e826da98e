package dk.pulje.spring.web;

/**
 * The header that connects the two APIs: the command API answers every accepted command with the global position of
 * its last event in it, and a query carrying it back waits until the read models it reads have processed that
 * position.
 */
public final class ConsistencyToken {

    public static final String HEADER = "Pulje-Consistency-Token";

    private ConsistencyToken() {}
}
