package dk.pulje.command.meeting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many active registrations (seated and waiting together) one organisation may hold for one meeting:
 * {@code pulje.meetings.registrations-per-organisation}, 5 unless set. It keeps one organisation from taking every
 * seat and the whole waiting list.
 */
@Component
class RegistrationLimit {

    static final int DEFAULT = 5;

    private final int perOrganisation;

    @Autowired
    RegistrationLimit(MeetingSettings settings) {
        this(settings.registrationsPerOrganisation());
    }

    RegistrationLimit(int perOrganisation) {
        if (perOrganisation < 1) {
            throw new IllegalArgumentException("pulje.meetings.registrations-per-organisation is at least 1");
        }
        this.perOrganisation = perOrganisation;
    }

    int perOrganisation() {
        return perOrganisation;
    }

    boolean reachedBy(long registrations) {
        return registrations >= perOrganisation;
    }
}
