package dk.pulje.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;

/**
 * A round's closing due while Axon Server was stopped failed to load its pool and was tried again only five minutes
 * later, db-scheduler's default; Pulje's deadline task tries again after {@code pulje.deadlines.retry-after}.
 */
class DeadlineRetryTest {

    private final Task<DbSchedulerBinaryDeadlineDetails> axon = DbSchedulerDeadlineManager.binaryTask(() -> {
        throw new IllegalStateException("the event store is out of reach");
    });
    private final OneTimeTask<DbSchedulerBinaryDeadlineDetails> task =
            PersistentDeadlines.retriedAfter(axon, Duration.ofSeconds(30));

    @Test
    void keeps_the_name_deadlines_were_scheduled_under() {
        assertThat(task.getName()).isEqualTo(axon.getName());
        assertThat(task.getDataClass()).isEqualTo(axon.getDataClass());
    }

    @Test
    void fires_through_axon() {
        TaskInstance<DbSchedulerBinaryDeadlineDetails> instance = task.instance("round-closes");

        assertThatThrownBy(() -> task.execute(instance, null)).hasMessageContaining("out of reach");
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_deadline_that_failed_is_tried_again_after_the_setting() {
        Instant failedAt = Instant.parse("2026-12-05T21:25:00.49Z");
        ExecutionComplete failure = ExecutionComplete.failure(
                new Execution(failedAt, task.instance("round-closes")),
                failedAt,
                failedAt,
                new IllegalStateException("UNAVAILABLE"));
        ExecutionOperations<DbSchedulerBinaryDeadlineDetails> operations = mock(ExecutionOperations.class);

        task.getFailureHandler().onFailure(failure, operations);

        verify(operations).reschedule(failure, failedAt.plusSeconds(30));
    }
}
