package dk.pulje.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --pulje.replay=all} (or a processing group's name) on the query side's command line: rebuild the read
 * models from the events, print the progress every few seconds, then stop once every projection has caught up.
 */
@Component
@ConditionalOnProperty("pulje.replay")
class ReplayCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayCommandLine.class);

    private final ProjectionReplay replay;
    private final ReplayProgress progress;
    private final ConfigurableApplicationContext context;

    ReplayCommandLine(ProjectionReplay replay, ReplayProgress progress, ConfigurableApplicationContext context) {
        this.replay = replay;
        this.progress = progress;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        String which = context.getEnvironment().getProperty("pulje.replay", "all");
        if ("all".equals(which)) {
            replay.replayAll();
        } else if (!replay.replay(which)) {
            log.error("No projection is called {}; there are {}", which, replay.groups());
            System.exit(SpringApplication.exit(context, () -> 2));
        }
        do {
            Thread.sleep(2000);
            progress.progress()
                    .forEach(p -> log.info(
                            "{}: {} of {} ({} events/s, {} s left)",
                            p.group(),
                            p.position(),
                            p.head(),
                            p.eventsPerSecond() == null ? "-" : Math.round(p.eventsPerSecond()),
                            p.secondsLeft() == null ? "-" : p.secondsLeft()));
        } while (!progress.caughtUp());
        log.info("Replay finished: every projection has processed the event store up to its head");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
