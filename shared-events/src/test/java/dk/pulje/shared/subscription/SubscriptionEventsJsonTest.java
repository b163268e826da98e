package dk.pulje.shared.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.ApplicantKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A subscription names the language of its e-mails; one stored before subscriptions did reads as naming none. */
class SubscriptionEventsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_subscription_in_english_round_trips() {
        Subscribed subscribed = new Subscribed(
                "subscription:municipality:851",
                "municipality:851",
                new ContactPerson("Jo Smith", "jo@aalborg.dk", null, "s-1"),
                Set.of(ApplicantKind.MUNICIPALITY),
                List.of("PPR"),
                new Decision("aalborg", Role.APPLICANT, Instant.parse("2019-08-01T08:00:00Z"), null),
                "en");

        String text = json.writeValueAsString(subscribed);

        assertThat(text).contains("\"language\":\"en\"");
        assertThat(json.readValue(text, Subscribed.class)).isEqualTo(subscribed);
    }

    @Test
    void a_subscription_stored_before_languages_reads_as_naming_none() {
        String subscribedV1 = """
                {"subscriptionId": "subscription:municipality:461", "organisation": "municipality:461",
                 "recipient": {"name": "Kim Jensen", "email": "kim@odense.dk", "subject": "s-2"},
                 "applicantKinds": ["MUNICIPALITY"], "topics": [],
                 "decision": {"decidedBy": "odense", "role": "APPLICANT", "decidedAt": "2019-08-01T08:00:00Z"}}""";

        Subscribed subscribed = json.readValue(subscribedV1, Subscribed.class);

        assertThat(subscribed.language()).isNull();
        assertThat(subscribed.organisation()).isEqualTo("municipality:461");
    }

    @Test
    void a_subscriber_asks_for_danish_or_english_and_gets_danish_by_default() {
        assertThat(Subscribe.LANGUAGES).containsExactly("da", "en");
    }
}
