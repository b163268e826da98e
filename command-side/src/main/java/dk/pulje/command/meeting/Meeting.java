package dk.pulje.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.meeting.AddMeetingMaterial;
import dk.pulje.shared.meeting.CancelMeeting;
import dk.pulje.shared.meeting.CancelRegistration;
import dk.pulje.shared.meeting.ChangeMeeting;
import dk.pulje.shared.meeting.MeetingCancelled;
import dk.pulje.shared.meeting.MeetingChanged;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingMaterialAdded;
import dk.pulje.shared.meeting.MeetingPlanned;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.PlanMeeting;
import dk.pulje.shared.meeting.RegisterForMeeting;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.meeting.RegistrationCancelled;
import dk.pulje.shared.meeting.RegistrationMovedUp;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.pool.PoolId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An information meeting about one or several pools. It owns its seats: at most {@code capacity} registrations hold
 * one, the rest wait in the order they came, and a freed seat goes to the first waiting. One organisation holds at
 * most {@link RegistrationLimit} registrations, seated and waiting together.
 */
@Aggregate(cache = "meetingCache")
class Meeting {

    @AggregateIdentifier
    private MeetingId meetingId;

    private List<PoolId> pools;
    private MeetingTime time;
    private int capacity;
    private boolean cancelled;
    /** Active registrations in the order they came; the attendee's e-mail only as its hash. */
    private final Map<String, Seat> registrations = new LinkedHashMap<>();

    private record Seat(String organisation, String emailHash, boolean waiting) {}

    Meeting() {}

    Meeting(PlanMeeting command, Instant now) {
        apply(new MeetingPlanned(
                command.meetingId(),
                command.pools(),
                command.time(),
                command.free(),
                command.capacity(),
                Decision.by(command.actor(), now, command.reason())));
    }

    @CommandHandler
    void handle(RegisterForMeeting command, Clock clock, RegistrationLimit limit) {
        Instant now = clock.instant();
        requireUpcoming(now, "registered for");
        if (registrations.containsKey(command.registrationId())) {
            throw new AlreadyExists("Registration " + command.registrationId() + " exists already");
        }
        String emailHash = PersonalDataKeys.emailHash(command.attendee().email());
        String organisation = command.actor().organisation();
        if (registrations.values().stream()
                .anyMatch(seat -> seat.organisation().equals(organisation)
                        && seat.emailHash().equals(emailHash))) {
            throw new AlreadyRegistered(organisation + " has registered this attendee already");
        }
        if (limit.reachedBy(registrations.values().stream()
                .filter(seat -> seat.organisation().equals(organisation))
                .count())) {
            throw new RegistrationLimitReached(organisation + " holds " + limit.perOrganisation()
                    + " registrations for meeting " + meetingId + ", as many as one organisation may");
        }
        boolean waiting = seated() >= capacity;
        apply(new RegisteredForMeeting(
                meetingId,
                command.registrationId(),
                organisation,
                command.attendee(),
                waiting,
                command.actor().userId(),
                now));
    }

    @CommandHandler
    void handle(CancelRegistration command, Clock clock) {
        Seat seat = registrations.get(command.registrationId());
        if (seat == null) {
            throw new UnknownRegistration("Meeting " + meetingId + " has no registration " + command.registrationId());
        }
        if (command.actor().role() == Role.APPLICANT && !command.actor().actsFor(seat.organisation())) {
            throw new NotYourRegistration("The registration was made for " + seat.organisation());
        }
        Instant now = clock.instant();
        apply(new RegistrationCancelled(
                meetingId, command.registrationId(), Decision.by(command.actor(), now, command.reason())));
        if (!seat.waiting()) {
            registrations.entrySet().stream()
                    .filter(entry -> entry.getValue().waiting())
                    .findFirst()
                    .ifPresent(first -> apply(new RegistrationMovedUp(meetingId, first.getKey(), now)));
        }
    }

    @CommandHandler
    void handle(ChangeMeeting command, Clock clock) {
        Instant now = clock.instant();
        requireUpcoming(now, "changed");
        apply(new MeetingChanged(
                meetingId, pools, time, command.time(), Decision.by(command.actor(), now, command.reason())));
    }

    @CommandHandler
    void handle(AddMeetingMaterial command, Clock clock) {
        if (cancelled) {
            throw new MeetingNotHeld("Meeting " + meetingId + " was cancelled: it has no material");
        }
        apply(new MeetingMaterialAdded(
                meetingId,
                command.title(),
                command.link(),
                Decision.by(command.actor(), clock.instant(), null),
                command.translations()));
    }

    @CommandHandler
    void handle(CancelMeeting command, Clock clock) {
        Instant now = clock.instant();
        requireUpcoming(now, "cancelled");
        apply(new MeetingCancelled(meetingId, pools, time, Decision.by(command.actor(), now, command.reason())));
    }

    private void requireUpcoming(Instant now, String change) {
        if (cancelled) {
            throw new MeetingNotHeld("Meeting " + meetingId + " was cancelled: it cannot be " + change);
        }
        if (!now.isBefore(time.endsAt())) {
            throw new MeetingNotHeld(
                    "Meeting " + meetingId + " was held on " + time.date() + ": it cannot be " + change);
        }
    }

    private long seated() {
        return registrations.values().stream().filter(seat -> !seat.waiting()).count();
    }

    @EventSourcingHandler
    void on(MeetingPlanned event) {
        meetingId = event.meetingId();
        pools = event.pools();
        time = event.time();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(RegisteredForMeeting event) {
        registrations.put(
                event.registrationId(),
                new Seat(
                        event.organisation(),
                        event.attendee().isErased()
                                ? ""
                                : PersonalDataKeys.emailHash(event.attendee().email()),
                        event.waiting()));
    }

    @EventSourcingHandler
    void on(RegistrationCancelled event) {
        registrations.remove(event.registrationId());
    }

    @EventSourcingHandler
    void on(RegistrationMovedUp event) {
        registrations.computeIfPresent(
                event.registrationId(), (id, seat) -> new Seat(seat.organisation(), seat.emailHash(), false));
    }

    @EventSourcingHandler
    void on(MeetingChanged event) {
        time = event.time();
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        cancelled = true;
    }
}
