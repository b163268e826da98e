package dk.pulje.command.pool;

/** The payloads of a pool's round deadlines; each round's has its own name, so an extension replaces just it. */
final class RoundDeadlines {

    private RoundDeadlines() {
    }

    static String opening(int round) {
        return "round-opens/" + round;
    }

    static String closing(int round) {
        return "round-closes/" + round;
    }

    record Opening(int round) {
    }

    record Closing(int round) {
    }
}
