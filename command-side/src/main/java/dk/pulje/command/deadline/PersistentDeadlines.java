package dk.pulje.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dk.pulje.spring.NodeSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Deadlines (a round's closing, a grant's acceptance, a report's due date) live in the event store's database
 * through db-scheduler, in every profile: they survive restarts and any node may fire them, once. Scheduling one
 * joins the transaction of the events that set it. The scheduler reads time from the application's clock. Its
 * tasks are the application's {@link Task} beans: the one that fires Axon deadlines, and recurring ones (deleting
 * uploads never attached), which are scheduled when the scheduler starts unless they are already.
 */
@Configuration(proxyBeanMethods = false)
class PersistentDeadlines {

    @Bean
    Scheduler deadlineScheduler(
            DataSource dataSource, List<Task<?>> tasks, Clock clock, DeadlineSettings settings, NodeSettings node) {
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
        List<Task<?>> once =
                tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return new ClockedSchedulerBuilder(new TransactionAwareDataSourceProxy(dataSource), once, clock)
                .startTasks(recurring)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(Duration.ofSeconds(10))
                .schedulerName(new SchedulerName.Fixed(
                        node.nodeIdOr(() -> UUID.randomUUID().toString())))
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    DbSchedulerDeadlineManager deadlineManager(
            Scheduler deadlineScheduler,
            org.axonframework.config.Configuration configuration,
            @Qualifier("eventSerializer") Serializer serializer,
            TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    /**
     * Axon's task that fires a deadline, tried again {@code pulje.deadlines.retry-after} after it failed rather than
     * db-scheduler's five minutes: a round's closing due while the event store is out of reach (Axon Server stopped,
     * the database away) is recorded soon after it is back. It replaces the task of Axon's auto-configuration (same
     * qualifier, same task name), so deadlines scheduled before keep firing.
     */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(
            ObjectProvider<DbSchedulerDeadlineManager> deadlineManager, DeadlineSettings settings) {
        return retriedAfter(DbSchedulerDeadlineManager.binaryTask(deadlineManager::getObject), settings.retryAfter());
    }

    static OneTimeTask<DbSchedulerBinaryDeadlineDetails> retriedAfter(
            Task<DbSchedulerBinaryDeadlineDetails> fire, Duration retryAfter) {
        return Tasks.oneTime(fire.getName(), DbSchedulerBinaryDeadlineDetails.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(retryAfter))
                .execute(fire::execute);
    }

    /**
     * {@code pulje.deadlines.fire=false} ({@link DeadlineSettings#fire()}) makes a node that schedules deadlines but
     * leaves firing them to others.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "pulje.deadlines.fire", matchIfMissing = true)
    SchedulerLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SchedulerLifecycle(deadlineScheduler);
    }

    /** db-scheduler keeps its clock for its own tests; Pulje's deadlines follow the application's clock. */
    private static final class ClockedSchedulerBuilder extends SchedulerBuilder {

        ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks, Clock clock) {
            super(dataSource, tasks);
            this.clock = clock::instant;
        }
    }
}
