package dk.pulje.query.notification;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.shared.personal.PersonalDataErased;
import dk.pulje.shared.personal.PersonalDataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Forgets an erased person's key at once, so that no later e-mail is written to them from a cached key, and keeps
 * nothing of them in the outbox but that an e-mail was sent. Their subscriptions and registrations go with the
 * classes that keep them.
 */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class ErasedPeople {

    private final PersonalDataKeys keys;
    private final Outbox outbox;

    ErasedPeople(PersonalDataKeys keys, Outbox outbox) {
        this.keys = keys;
        this.outbox = outbox;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.forget(event.subject());
        outbox.erase(event.subject());
    }
}
