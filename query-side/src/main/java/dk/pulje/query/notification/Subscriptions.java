package dk.pulje.query.notification;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.personal.PersonalDataErased;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.subscription.Subscribe;
import dk.pulje.shared.subscription.Subscribed;
import dk.pulje.shared.subscription.Unsubscribed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** The organisations' subscriptions to news of pools, as they stand: who is told of which pools. */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class Subscriptions {

    private final ProjectionJdbc jdbc;

    Subscriptions(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscriber reads its e-mails in {@code language}. */
    record Subscriber(
            String organisation,
            ContactPerson recipient,
            Set<ApplicantKind> kinds,
            List<String> topics,
            Locale language) {

        boolean wants(NotifiedPool pool) {
            return kinds.stream().anyMatch(pool.kinds()::contains)
                    && (topics.isEmpty()
                            || topics.stream()
                                    .anyMatch(topic -> pool.searchable().contains(topic.toLowerCase(Locale.ROOT))));
        }
    }

    @EventHandler
    void on(Subscribed event) {
        jdbc.update(
                "DELETE FROM notification_subscription WHERE organisation = :organisation",
                Map.of("organisation", event.organisation()));
        jdbc.update(
                "INSERT INTO notification_subscription (organisation, recipient_name, recipient_email, "
                        + "recipient_subject, applicant_kinds, topics, language) VALUES (:organisation, :name, :email, "
                        + ":subject, :kinds, :topics, :language)",
                new MapSqlParameterSource("organisation", event.organisation())
                        .addValue("name", event.recipient().name())
                        .addValue(
                                "email",
                                event.recipient().isErased()
                                        ? ""
                                        : event.recipient().email())
                        .addValue("subject", event.recipient().subject())
                        .addValue(
                                "kinds",
                                event.applicantKinds().stream().map(Enum::name).collect(Collectors.joining(",")))
                        .addValue("topics", String.join("\n", event.topics()))
                        .addValue(
                                "language", event.language() == null ? Subscribe.LANGUAGES.get(0) : event.language()));
    }

    @EventHandler
    void on(Unsubscribed event) {
        jdbc.update(
                "DELETE FROM notification_subscription WHERE organisation = :organisation",
                Map.of("organisation", event.organisation()));
    }

    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.update(
                "DELETE FROM notification_subscription WHERE recipient_subject = :subject",
                Map.of("subject", event.subject()));
    }

    /** The subscribers with an address who want news of the pool, by organisation. */
    List<Subscriber> wanting(NotifiedPool pool) {
        return jdbc
                .query(
                        "SELECT * FROM notification_subscription WHERE recipient_email <> '' ORDER BY organisation",
                        (row, index) -> new Subscriber(
                                row.getString("organisation"),
                                new ContactPerson(
                                        row.getString("recipient_name"),
                                        row.getString("recipient_email"),
                                        null,
                                        row.getString("recipient_subject")),
                                kinds(row.getString("applicant_kinds")),
                                row.getString("topics").isBlank()
                                        ? List.of()
                                        : List.of(row.getString("topics").split("\n")),
                                Locale.forLanguageTag(row.getString("language"))))
                .stream()
                .filter(subscriber -> subscriber.wants(pool))
                .toList();
    }

    static Set<ApplicantKind> kinds(String csv) {
        Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
        Arrays.stream(csv.split(","))
                .filter(kind -> !kind.isBlank())
                .map(ApplicantKind::valueOf)
                .forEach(kinds::add);
        return kinds;
    }
}
