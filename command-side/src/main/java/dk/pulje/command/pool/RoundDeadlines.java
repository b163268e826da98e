package dk.pulje.command.pool;

import java.time.Duration;

/** The payloads of a pool's round deadlines; each round's has its own name, so an extension replaces just it. */
final class RoundDeadlines {

    private RoundDeadlines() {}

    static String opening(int round) {
        return "round-opens/" + round;
    }

    static String closing(int round) {
        return "round-closes/" + round;
    }

    /** A week before a round closes, subscribers are reminded. */
    static final Duration REMINDER_BEFORE = Duration.ofDays(7);

    static String reminder(int round) {
        return "round-reminder/" + round;
    }

    record Reminder(int round) {}

    record Opening(int round) {}

    record Closing(int round) {}
}
