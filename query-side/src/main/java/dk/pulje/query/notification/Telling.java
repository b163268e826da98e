package dk.pulje.query.notification;

import dk.pulje.shared.application.ContactPerson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What every kind of notice shares: only an event younger than {@code pulje.notifications.max-age} when it is handled
 * tells anyone (a new deployment reading an old store tells no one), links point at the public site, and a letter is
 * written in its reader's language into the outbox.
 */
@Component
class Telling {

    private final Outbox outbox;
    private final Letters letters;
    private final Clock clock;
    private final Duration maxAge;
    private final String publicUrl;

    Telling(Outbox outbox, Letters letters, Clock clock, NotificationSettings settings) {
        this.outbox = outbox;
        this.letters = letters;
        this.clock = clock;
        this.maxAge = settings.maxAge();
        this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
    }

    boolean fresh(Instant at) {
        return at.isAfter(clock.instant().minus(maxAge));
    }

    /** A link to a page of Pulje, e.g. {@code /public/pools}. */
    String link(String path) {
        return publicUrl + path;
    }

    void tell(String eventId, ContactPerson recipient, Letter letter, Locale language) {
        outbox.add(eventId, Notice.to(recipient, letters.write(letter, language)), clock.instant());
    }
}
