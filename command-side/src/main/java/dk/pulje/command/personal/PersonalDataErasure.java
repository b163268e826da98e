package dk.pulje.command.personal;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.personal.ErasePersonalData;
import dk.pulje.shared.personal.PersonalDataErased;
import dk.pulje.shared.personal.PersonalDataKeys;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases a person by destroying their key, in the same transaction as the {@link PersonalDataErased} event that
 * records who erased whom (by subject only), when and why.
 */
@Component
class PersonalDataErasure {

    private final JdbcTemplate jdbc;
    private final EventBus events;
    private final PersonalDataKeys keys;
    private final Clock clock;
    private final List<Cache> aggregateCaches;

    PersonalDataErasure(
            JdbcTemplate jdbc, EventBus events, PersonalDataKeys keys, Clock clock, List<Cache> aggregateCaches) {
        this.jdbc = jdbc;
        this.events = events;
        this.keys = keys;
        this.clock = clock;
        this.aggregateCaches = aggregateCaches;
    }

    @CommandHandler
    void handle(ErasePersonalData command) {
        List<String> subjects = jdbc.queryForList(
                "SELECT subject FROM personal_data_key WHERE email_hash = ?",
                String.class,
                PersonalDataKeys.emailHash(command.email()));
        if (subjects.isEmpty()) {
            throw new UnknownPerson("Pulje stores no person with the e-mail address " + command.email());
        }
        String subject = subjects.get(0);
        jdbc.update("DELETE FROM personal_data_key WHERE subject = ?", subject);
        keys.forget(subject);
        // A cached aggregate may still hold what its events said of the person before; read anew it would not.
        CurrentUnitOfWork.get().afterCommit(done -> aggregateCaches.forEach(Cache::removeAll));
        events.publish(GenericEventMessage.asEventMessage(
                new PersonalDataErased(subject, Decision.by(command.actor(), clock.instant(), command.reason()))));
    }
}
