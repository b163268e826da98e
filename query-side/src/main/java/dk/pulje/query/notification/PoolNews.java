package dk.pulje.query.notification;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.pool.RoundDeadlineApproaching;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tells subscribers that a pool they want is published, and that one of its rounds closes in a week. */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class PoolNews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TITLES = new TypeReference<>() {};

    private final ProjectionJdbc jdbc;
    private final Subscriptions subscriptions;
    private final Telling telling;

    PoolNews(ProjectionJdbc jdbc, Subscriptions subscriptions, Telling telling) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.telling = telling;
    }

    @EventHandler
    void on(PoolDrafted event) {
        String searchable = Stream.concat(
                        Stream.of(event.terms().title(), event.terms().description()),
                        event.terms().categories().stream().map(ActivityCategory::title))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
        Rows.insertIfAbsent(
                jdbc,
                "notification_pool",
                pool(event.poolId())
                        .addValue("title", event.terms().title())
                        .addValue("translated_titles", JSON.writeValueAsString(translatedTitles(event.terms())))
                        .addValue("searchable", searchable)
                        .addValue("budget_oere", event.budget().oere())
                        .addValue(
                                "applicant_kinds",
                                event.terms().eligibleKinds().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.joining(",")))
                        .addValue(
                                "rounds", JSON.writeValueAsString(event.terms().rounds())),
                "pool_id");
    }

    @EventHandler
    void on(PoolAmended event) {
        jdbc.update(
                "UPDATE notification_pool SET budget_oere = :budget_oere, rounds = :rounds "
                        + "WHERE pool_id = :pool_id",
                pool(event.poolId())
                        .addValue("budget_oere", event.budget().oere())
                        .addValue("rounds", JSON.writeValueAsString(event.rounds())));
    }

    @EventHandler
    void on(PoolPublished event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (event.rounds() != null) {
            jdbc.update(
                    "UPDATE notification_pool SET rounds = :rounds WHERE pool_id = :pool_id",
                    pool(event.poolId()).addValue("rounds", JSON.writeValueAsString(event.rounds())));
        }
        NotifiedPool pool = read(event.poolId());
        Deadline deadline = pool.rounds().stream()
                .map(Round::deadline)
                .filter(d -> !d.hasPassedAt(at))
                .findFirst()
                .orElse(pool.rounds().get(pool.rounds().size() - 1).deadline());
        tellSubscribers(
                pool,
                eventId,
                at,
                subscriber -> PoolNotices.published(
                        pool.title(subscriber.language()),
                        pool,
                        deadline,
                        telling.link("/public/pools"),
                        subscriber.organisation()));
    }

    @EventHandler
    void on(RoundDeadlineApproaching event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        NotifiedPool pool = read(event.poolId());
        tellSubscribers(
                pool,
                eventId,
                at,
                subscriber -> PoolNotices.approaching(
                        pool.title(subscriber.language()),
                        event.round(),
                        event.deadline(),
                        telling.link("/public/pools"),
                        subscriber.organisation()));
    }

    private void tellSubscribers(
            NotifiedPool pool, String eventId, Instant at, Function<Subscriptions.Subscriber, Letter> letter) {
        if (telling.fresh(at)) {
            subscriptions
                    .wanting(pool)
                    .forEach(subscriber -> telling.tell(
                            eventId, subscriber.recipient(), letter.apply(subscriber), subscriber.language()));
        }
    }

    private NotifiedPool read(PoolId poolId) {
        return jdbc.queryForObject(
                "SELECT * FROM notification_pool WHERE pool_id = :pool_id",
                pool(poolId),
                (row, index) -> new NotifiedPool(
                        row.getString("title"),
                        row.getString("translated_titles") == null
                                ? Map.of()
                                : JSON.readValue(row.getString("translated_titles"), TITLES),
                        row.getString("searchable"),
                        new Money(row.getLong("budget_oere")),
                        Subscriptions.kinds(row.getString("applicant_kinds")),
                        List.of(JSON.readValue(row.getString("rounds"), Round[].class))));
    }

    private static Map<String, String> translatedTitles(PoolTerms terms) {
        Map<String, String> titles = new TreeMap<>();
        terms.translations().forEach((language, text) -> titles.put(language, text.title()));
        return titles;
    }

    private static MapSqlParameterSource pool(PoolId poolId) {
        return new MapSqlParameterSource("pool_id", poolId.value());
    }
}
