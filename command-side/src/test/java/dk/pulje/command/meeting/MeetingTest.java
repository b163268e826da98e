package dk.pulje.command.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.meeting.AddMeetingMaterial;
import dk.pulje.shared.meeting.CancelMeeting;
import dk.pulje.shared.meeting.CancelRegistration;
import dk.pulje.shared.meeting.ChangeMeeting;
import dk.pulje.shared.meeting.MeetingCancelled;
import dk.pulje.shared.meeting.MeetingChanged;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingPlanned;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.RegisterForMeeting;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.meeting.RegistrationCancelled;
import dk.pulje.shared.meeting.RegistrationMovedUp;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.testing.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seats, waiting list and changes of an information meeting, as specifications. */
class MeetingTest {

    private static final MeetingId MEETING = MeetingId.of("odense-2019-09-10");
    private static final List<PoolId> POOLS = List.of(
            PoolId.of("learning-environment-2019"),
            PoolId.of("parent-support-2019"),
            PoolId.of("family-treatment-2019"));
    private static final MeetingTime ODENSE = new MeetingTime(
            LocalDate.parse("2019-09-10"),
            LocalTime.of(10, 0),
            LocalTime.of(14, 30),
            "Mødecenter Odense, Buchwaldsgade 48, Odense");
    private static final Actor MANAGER = new Actor("mette", Role.POOL_MANAGER);
    private static final Actor AARHUS = new Actor("aarhus-clerk", Role.APPLICANT, "municipality:751");
    private static final Actor ODENSE_CLERK = new Actor("odense-clerk", Role.APPLICANT, "municipality:461");
    private static final ContactPerson KIM = new ContactPerson("Kim Jensen", "kim@aarhus.dk", null);
    private static final ContactPerson IDA = new ContactPerson("Ida Holm", "ida@odense.dk", null);

    private final MutableClock clock = new MutableClock(Instant.parse("2019-08-20T08:00:00Z"));
    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new RegistrationLimit(2));
    }

    private MeetingPlanned planned(int capacity) {
        return new MeetingPlanned(
                MEETING,
                POOLS,
                ODENSE,
                true,
                capacity,
                Decision.by(MANAGER, Instant.parse("2019-08-09T08:00:00Z"), null));
    }

    private RegisteredForMeeting registered(String id, Actor by, ContactPerson attendee, boolean waiting) {
        return new RegisteredForMeeting(
                MEETING, id, by.organisation(), attendee, waiting, by.userId(), clock.instant());
    }

    @Test
    void registrations_take_seats_up_to_the_capacity_and_then_wait() {
        fixture.given(planned(1), registered("r1", AARHUS, KIM, false))
                .when(new RegisterForMeeting(MEETING, "r2", IDA, ODENSE_CLERK))
                .expectEvents(registered("r2", ODENSE_CLERK, IDA, true));
    }

    @Test
    void a_freed_seat_goes_to_the_first_waiting() {
        fixture.given(
                        planned(1),
                        registered("r1", AARHUS, KIM, false),
                        registered("r2", ODENSE_CLERK, IDA, true),
                        registered("r3", AARHUS, new ContactPerson("Bo", "bo@aarhus.dk", null), true))
                .when(new CancelRegistration(MEETING, "r1", AARHUS, null))
                .expectEvents(
                        new RegistrationCancelled(MEETING, "r1", Decision.by(AARHUS, clock.instant(), null)),
                        new RegistrationMovedUp(MEETING, "r2", clock.instant()));
    }

    @Test
    void a_waiting_registration_cancelled_frees_no_seat() {
        fixture.given(planned(1), registered("r1", AARHUS, KIM, false), registered("r2", ODENSE_CLERK, IDA, true))
                .when(new CancelRegistration(MEETING, "r2", ODENSE_CLERK, null))
                .expectEvents(
                        new RegistrationCancelled(MEETING, "r2", Decision.by(ODENSE_CLERK, clock.instant(), null)));
    }

    @Test
    void an_organisation_registers_an_attendee_once() {
        fixture.given(planned(10), registered("r1", AARHUS, KIM, false))
                .when(new RegisterForMeeting(MEETING, "r2", new ContactPerson("Kim J.", "KIM@aarhus.dk", null), AARHUS))
                .expectException(AlreadyRegistered.class)
                .expectNoEvents();
    }

    @Test
    void an_organisation_registers_at_most_the_limit_seated_and_waiting_together() {
        fixture.given(
                        planned(1),
                        registered("r1", AARHUS, KIM, false),
                        registered("r2", AARHUS, new ContactPerson("Bo", "bo@aarhus.dk", null), true))
                .when(new RegisterForMeeting(MEETING, "r3", new ContactPerson("Ea", "ea@aarhus.dk", null), AARHUS))
                .expectException(RegistrationLimitReached.class)
                .expectNoEvents();
    }

    @Test
    void the_limit_is_per_organisation() {
        fixture.given(
                        planned(10),
                        registered("r1", AARHUS, KIM, false),
                        registered("r2", AARHUS, new ContactPerson("Bo", "bo@aarhus.dk", null), false))
                .when(new RegisterForMeeting(MEETING, "r3", IDA, ODENSE_CLERK))
                .expectEvents(registered("r3", ODENSE_CLERK, IDA, false));
    }

    @Test
    void a_cancelled_registration_no_longer_counts_towards_the_limit() {
        ContactPerson ea = new ContactPerson("Ea", "ea@aarhus.dk", null);
        fixture.given(
                        planned(10),
                        registered("r1", AARHUS, KIM, false),
                        registered("r2", AARHUS, new ContactPerson("Bo", "bo@aarhus.dk", null), false),
                        new RegistrationCancelled(MEETING, "r2", Decision.by(AARHUS, clock.instant(), null)))
                .when(new RegisterForMeeting(MEETING, "r3", ea, AARHUS))
                .expectEvents(registered("r3", AARHUS, ea, false));
    }

    @Test
    void the_limit_is_five_unless_set_otherwise() {
        assertThat(RegistrationLimit.DEFAULT).isEqualTo(5);
        assertThatThrownBy(() -> new RegistrationLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_applicant_cancels_only_their_own_organisations_registration() {
        fixture.given(planned(10), registered("r1", AARHUS, KIM, false))
                .when(new CancelRegistration(MEETING, "r1", ODENSE_CLERK, null))
                .expectException(NotYourRegistration.class)
                .expectNoEvents();
    }

    @Test
    void no_registration_once_the_meeting_has_ended() {
        clock.set(Instant.parse("2019-09-10T12:30:00Z"));
        fixture.given(planned(10))
                .when(new RegisterForMeeting(MEETING, "r1", KIM, AARHUS))
                .expectException(MeetingNotHeld.class)
                .expectNoEvents();
    }

    @Test
    void a_change_says_what_it_was_and_what_it_is() {
        MeetingTime moved = new MeetingTime(
                LocalDate.parse("2019-09-12"),
                LocalTime.of(10, 0),
                LocalTime.of(14, 30),
                "Mødecenter Odense, Buchwaldsgade 48, Odense");
        fixture.given(planned(10))
                .when(new ChangeMeeting(MEETING, moved, MANAGER, "The room was double-booked"))
                .expectEvents(new MeetingChanged(
                        MEETING,
                        POOLS,
                        ODENSE,
                        moved,
                        Decision.by(MANAGER, clock.instant(), "The room was double-booked")));
    }

    @Test
    void a_cancelled_meeting_takes_no_registrations() {
        fixture.given(
                        planned(10),
                        new MeetingCancelled(
                                MEETING, POOLS, ODENSE, Decision.by(MANAGER, clock.instant(), "Too few registered")))
                .when(new RegisterForMeeting(MEETING, "r1", KIM, AARHUS))
                .expectException(MeetingNotHeld.class)
                .expectNoEvents();
    }

    @Test
    void a_meeting_is_cancelled_with_a_reason_naming_its_pools_and_time() {
        fixture.given(planned(10))
                .when(new CancelMeeting(MEETING, MANAGER, "Too few registered"))
                .expectEvents(new MeetingCancelled(
                        MEETING, POOLS, ODENSE, Decision.by(MANAGER, clock.instant(), "Too few registered")));
    }

    @Test
    void material_is_linked_with_https_only() {
        assertThatThrownBy(
                        () -> new AddMeetingMaterial(MEETING, "Slides", URI.create("http://example.dk/s.pdf"), MANAGER))
                .isInstanceOf(InvalidValue.class);
    }
}
