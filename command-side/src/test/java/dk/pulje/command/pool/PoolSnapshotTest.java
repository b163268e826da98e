package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.AARHUS;
import static dk.pulje.command.pool.PoolFixtures.AARHUS_CLERK;
import static dk.pulje.command.pool.PoolFixtures.CONTACT;
import static dk.pulje.command.pool.PoolFixtures.ODENSE;
import static dk.pulje.command.pool.PoolFixtures.ODENSE_CLERK;
import static dk.pulje.command.pool.PoolFixtures.POOL;
import static dk.pulje.command.pool.PoolFixtures.PUBLISHED_AT;
import static dk.pulje.command.pool.PoolFixtures.drafted;
import static dk.pulje.command.pool.PoolFixtures.eligible;
import static dk.pulje.command.pool.PoolFixtures.published;
import static dk.pulje.command.pool.PoolFixtures.submit;
import static dk.pulje.command.pool.PoolFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.command.application.ActiveApplicationExists;
import dk.pulje.command.application.PartnershipAlreadyDecided;
import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.infra.AuthenticSnapshots;
import dk.pulje.command.infra.SealedSnapshotter;
import dk.pulje.command.infra.SnapshotSeal;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ConfirmPartnership;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.RemovePartner;
import dk.pulje.shared.application.WithdrawApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A pool restored from a snapshot decides as the pool sourced from all its events would: the snapshot is the
 * pool's fields as JSON (Jackson 3, as the event store serializes), stored and read through the JDBC event store.
 * A snapshot is used only with a valid seal, so one edited in the database leaves the pool deciding on its events.
 */
class PoolSnapshotTest {

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private final Serializer serializer = Jackson3Serializer.builder().build();
    private EmbeddedEventStore eventStore;
    private JdbcEventStorageEngine storage;
    private EventSourcingRepository<Pool> repository;
    private AggregateSnapshotter snapshotter;
    private JdbcTemplate jdbc;

    @BeforeEach
    void eventStoreOnH2() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/eventstore")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        SpringTransactionManager transactions =
                new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        SnapshotSeal seal = new SnapshotSeal(new SecretKeySpec(new byte[32], "AES"), serializer);
        storage = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .snapshotFilter(PoolSnapshotFilters.of(new AuthenticSnapshots(seal)))
                .build();
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Pool.class),
                new SimpleResourceParameterResolverFactory(List.of(clock, claimedOnce(), new InMemoryUploads())));
        repository = EventSourcingRepository.builder(Pool.class)
                .eventStore(eventStore)
                .parameterResolverFactory(parameters)
                .build();
        SpringAggregateSnapshotter.Builder builder =
                SpringAggregateSnapshotter.builder().eventStore(eventStore).transactionManager(transactions);
        builder.aggregateFactories(new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Pool.class, parameters)));
        snapshotter = new SealedSnapshotter(builder, seal);
    }

    @Test
    void a_pool_restored_from_its_snapshot_keeps_its_applications_and_rules() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        given(
                drafted("24900000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());

        DomainEventMessage<?> snapshot = storage.readSnapshot(POOL.toString()).orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(3);
        assertThat(serializer.serialize(snapshot.getPayload(), String.class).getData())
                .contains("aarhus-1", "municipality:751", "early-preventive-2017");

        assertThatThrownBy(() -> handle(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000")))
                .isInstanceOf(ActiveApplicationExists.class);
        assertThatThrownBy(() -> handle(submit("aarhus-1", ODENSE, ODENSE_CLERK, "1000000")))
                .hasMessageContaining("exists already");
        assertThat(handle(submit("odense-1", ODENSE, ODENSE_CLERK, "1000000"))).isEqualTo(4L);
    }

    @Test
    void a_pool_restored_from_its_snapshot_still_refuses_an_assessor_deciding() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        given(
                drafted("24900000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());

        Actor assessorAsApprover = new Actor(PoolFixtures.ASSESSOR.userId(), Role.APPROVER);
        assertThatThrownBy(() -> award(new AwardGrant(
                        POOL, ApplicationId.of("aarhus-1"), Money.of("1000000"), assessorAsApprover, "Good")))
                .isInstanceOf(FourEyesViolation.class);
    }

    @Test
    void a_pool_restored_from_its_snapshot_remembers_a_partner_the_lead_removed() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        ApplicationId joint = ApplicationId.of("aarhus-1");
        given(
                drafted("24900000"),
                published(),
                new ApplicationSubmitted(
                        POOL,
                        joint,
                        1,
                        AARHUS,
                        "Early help in PPR",
                        Money.of("2000000"),
                        TestPools.budget(2018, "2000000"),
                        "new-methods",
                        CONTACT,
                        AARHUS_CLERK,
                        Instant.parse("2017-03-02T10:00:00Z"),
                        null,
                        null,
                        List.of(ODENSE),
                        null,
                        null,
                        null),
                new PartnerRemoved(
                        POOL,
                        joint,
                        ODENSE,
                        new Decision(
                                AARHUS_CLERK.userId(),
                                Role.APPLICANT,
                                Instant.parse("2017-03-15T10:00:00Z"),
                                "No answer")));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());
        assertThat(storage.readSnapshot(POOL.toString())).isPresent();

        assertThatThrownBy(() -> handle(new ConfirmPartnership(POOL, joint, ODENSE_CLERK, null)))
                .isInstanceOf(PartnershipAlreadyDecided.class);
        assertThatThrownBy(() -> handle(new RemovePartner(POOL, joint, ODENSE.key(), AARHUS_CLERK, "Again")))
                .isInstanceOf(PartnershipAlreadyDecided.class);
    }

    @Test
    void an_application_restored_from_its_pools_snapshot_is_judged_by_the_pools_rounds() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());
        assertThat(storage.readSnapshot(POOL.toString())).isPresent();
        WithdrawApplication withdrawal =
                new WithdrawApplication(POOL, ApplicationId.of("aarhus-1"), AARHUS_CLERK, "Plans changed");

        clock.setCopenhagen("2017-03-24T12:00:00");
        assertThatThrownBy(() -> handle(withdrawal)).isInstanceOf(DeadlinePassed.class);
        clock.setCopenhagen("2017-03-24T11:59:59");
        assertThat(handle(withdrawal)).isEqualTo(3L);
    }

    @Test
    void a_snapshot_edited_in_the_database_is_not_used_and_the_pool_decides_on_its_events() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        given(
                drafted("24900000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());

        // As forged, Aarhus would have no active application in the round and could apply again.
        editSnapshot(payload -> payload.replace("municipality:751", "municipality:999"));

        assertThatThrownBy(() -> handle(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000")))
                .isInstanceOf(ActiveApplicationExists.class);
    }

    @Test
    void a_sealed_snapshot_is_used_and_only_the_events_after_it_are_read() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        given(
                drafted("24900000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());
        assertThat(jdbc.queryForObject(
                        "SELECT metaData FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                        byte[].class,
                        POOL.toString()))
                .asString(StandardCharsets.UTF_8)
                .contains(SnapshotSeal.META_DATA_KEY);

        // Were the snapshot not used, the pool could not be loaded without the events it stands for.
        jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ?", POOL.toString());

        assertThatThrownBy(() -> handle(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000")))
                .isInstanceOf(ActiveApplicationExists.class);
        assertThat(handle(submit("odense-1", ODENSE, ODENSE_CLERK, "1000000"))).isEqualTo(4L);
    }

    @Test
    void a_snapshot_without_its_seal_is_not_used() throws Exception {
        clock.setCopenhagen("2017-03-20T10:00:00");
        given(
                drafted("24900000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"));
        snapshotter.scheduleSnapshot(Pool.class, POOL.toString());
        editSnapshot(payload -> payload.replace("municipality:751", "municipality:999"));
        jdbc.update(
                "UPDATE SnapshotEventEntry SET metaData = ? WHERE aggregateIdentifier = ?",
                "{}".getBytes(StandardCharsets.UTF_8),
                POOL.toString());

        assertThatThrownBy(() -> handle(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000")))
                .isInstanceOf(ActiveApplicationExists.class);
        jdbc.update("UPDATE SnapshotEventEntry SET metaData = NULL WHERE aggregateIdentifier = ?", POOL.toString());
        assertThatThrownBy(() -> handle(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000")))
                .isInstanceOf(ActiveApplicationExists.class);
    }

    private void editSnapshot(UnaryOperator<String> edit) {
        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", byte[].class, POOL.toString());
        String forged = edit.apply(new String(payload, StandardCharsets.UTF_8));
        assertThat(forged).isNotEqualTo(new String(payload, StandardCharsets.UTF_8));
        jdbc.update(
                "UPDATE SnapshotEventEntry SET payload = ? WHERE aggregateIdentifier = ?",
                forged.getBytes(StandardCharsets.UTF_8),
                POOL.toString());
    }

    private void given(Object... events) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        for (int sequence = 0; sequence < events.length; sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Pool", POOL.toString(), sequence, events[sequence]));
        }
        unitOfWork.commit();
    }

    /** Application ids as the database keeps them: each may be claimed once. */
    private static ApplicationIds claimedOnce() {
        Set<ApplicationId> claimed = new HashSet<>();
        return (applicationId, poolId) -> {
            if (!claimed.add(applicationId)) {
                throw new AlreadyExists("An application with the id " + applicationId + " exists already");
            }
        };
    }

    private void award(AwardGrant command) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            new PoolAwards(repository).award(command, clock.instant());
            unitOfWork.commit();
        } catch (RuntimeException e) {
            unitOfWork.rollback();
            throw e;
        }
    }

    /** Handles the command on the pool as loaded now; answers the pool's version after it. */
    private Long handle(Object command) throws Exception {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<Pool> pool = repository.load(POOL.toString());
            pool.handle(GenericCommandMessage.asCommandMessage(command));
            unitOfWork.commit();
            return pool.version();
        } catch (Exception e) {
            unitOfWork.rollback();
            throw e;
        }
    }
}
