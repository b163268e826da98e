package dk.pulje.bench.loop;

/** Makes the operation of client number {@code client}: its connection, its ids, its credentials. */
@FunctionalInterface
public interface Client {
    Operation open(int client) throws Exception;
}
