package dk.pulje.bench.loop;

/** One request of one client; a thrown exception counts as a failed request. */
@FunctionalInterface
public interface Operation {
    void run() throws Exception;
}
