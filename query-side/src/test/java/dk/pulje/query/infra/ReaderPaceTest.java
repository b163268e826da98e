package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReaderPaceTest {

    private final Object ahead = new Object();
    private final Object behind = new Object();

    @Test
    void aReaderFarAheadWaitsUntilTheOtherIsWithinTheLead() {
        ReaderPace pace = new ReaderPace(5_000, 60_000, 60_000);
        pace.at(behind, 0);
        AtomicBoolean caughtUp = new AtomicBoolean();

        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            pace.letOthersCatchUp(ahead, 10_000);
            return caughtUp.get();
        });
        sleep(200);
        assertThat(waited).isNotDone();
        caughtUp.set(true);
        pace.at(behind, 6_000);

        assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThat(waited.join()).isTrue());
    }

    @Test
    void noOneWaitsForAReaderThatHasGoneOrStoppedReading() {
        ReaderPace pace = new ReaderPace(5_000, 60_000, 60_000);
        pace.at(behind, 0);
        pace.gone(behind);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> pace.letOthersCatchUp(ahead, 10_000));

        ReaderPace idleAfterAMoment = new ReaderPace(5_000, 60_000, 50);
        idleAfterAMoment.at(behind, 0);
        sleep(100);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> idleAfterAMoment.letOthersCatchUp(ahead, 10_000));
    }

    @Test
    void waitingIsBounded() {
        ReaderPace pace = new ReaderPace(5_000, 100, 60_000);
        pace.at(behind, 0);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> pace.letOthersCatchUp(ahead, 10_000));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
