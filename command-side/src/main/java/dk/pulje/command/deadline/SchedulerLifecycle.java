package dk.pulje.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts firing deadlines only once the application is ready (every aggregate registered, the event store
 * migrated) and stops before Axon shuts down, so a deadline never fires into a half-started application.
 */
class SchedulerLifecycle {

    private final Scheduler scheduler;

    SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.start();
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        scheduler.stop();
    }
}
