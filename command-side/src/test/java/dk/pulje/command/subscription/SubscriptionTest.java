package dk.pulje.command.subscription;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.subscription.Subscribe;
import dk.pulje.shared.subscription.Subscribed;
import dk.pulje.shared.subscription.Unsubscribe;
import dk.pulje.shared.subscription.Unsubscribed;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Actor ODENSE = new Actor("odense-clerk", Role.APPLICANT, "municipality:461");
    private static final ContactPerson KIM = new ContactPerson("Kim Jensen", "kim@odense.dk", null);
    private static final String ID = "subscription:municipality:461";

    private final MutableClock clock = new MutableClock(Instant.parse("2019-08-01T08:00:00Z"));
    private AggregateTestFixture<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(clock);
    }

    private Subscribed subscribed(List<String> topics) {
        return subscribed(topics, "da");
    }

    private Subscribed subscribed(List<String> topics, String language) {
        return new Subscribed(
                ID,
                "municipality:461",
                KIM,
                Set.of(ApplicantKind.MUNICIPALITY),
                topics,
                Decision.by(ODENSE, clock.instant(), null),
                language);
    }

    @Test
    void an_organisation_subscribes_once_and_changes_its_subscription_in_place() {
        fixture.givenNoPriorActivity()
                .when(new Subscribe(null, KIM, Set.of(ApplicantKind.MUNICIPALITY), List.of("anbragte"), null, ODENSE))
                .expectEvents(subscribed(List.of("anbragte")));
        fixture.given(subscribed(List.of("anbragte")))
                .when(new Subscribe(null, KIM, Set.of(ApplicantKind.MUNICIPALITY), List.of(), null, ODENSE))
                .expectEvents(subscribed(List.of()));
    }

    @Test
    void its_e_mails_are_in_danish_unless_it_asks_for_english() {
        fixture.givenNoPriorActivity()
                .when(new Subscribe(null, KIM, Set.of(ApplicantKind.MUNICIPALITY), List.of(), " EN ", ODENSE))
                .expectEvents(subscribed(List.of(), "en"));
        assertThatThrownBy(() -> new Subscribe(null, KIM, Set.of(ApplicantKind.MUNICIPALITY), List.of(), "de", ODENSE))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("Danish (da) or English (en)");
    }

    @Test
    void it_ends_a_subscription_it_has() {
        fixture.given(subscribed(List.of()))
                .when(new Unsubscribe(null, ODENSE, "No longer needed"))
                .expectEvents(new Unsubscribed(
                        ID, "municipality:461", Decision.by(ODENSE, clock.instant(), "No longer needed")));
        fixture.given(
                        subscribed(List.of()),
                        new Unsubscribed(ID, "municipality:461", Decision.by(ODENSE, clock.instant(), null)))
                .when(new Unsubscribe(null, ODENSE, null))
                .expectException(NotSubscribed.class);
    }

    @Test
    void only_someone_acting_for_an_organisation_subscribes_it_for_some_kind_of_applicant() {
        assertThatThrownBy(() -> new Subscribe(
                        null,
                        KIM,
                        Set.of(ApplicantKind.MUNICIPALITY),
                        List.of(),
                        null,
                        new Actor("mette", Role.POOL_MANAGER)))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Subscribe(null, KIM, Set.of(), List.of(), null, ODENSE))
                .isInstanceOf(InvalidValue.class);
    }
}
