package dk.pulje.command.document;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link UnattachedUploads} every {@code pulje.documents.unattached.check-every} as a recurring task of the
 * deadline scheduler (db-scheduler, in the event store's database): it survives restarts, and of several command
 * nodes one at a time runs it; a node with {@code pulje.deadlines.fire=false} never does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnattachedUploadSettings.class)
class UnattachedUploadsSchedule {

    static final String TASK = "delete-unattached-uploads";

    @Bean
    RecurringTask<Void> deleteUnattachedUploads(UnattachedUploads unattached, UnattachedUploadSettings settings) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(settings.checkEvery()))
                .execute((instance, context) -> unattached.deleteExpired());
    }
}
