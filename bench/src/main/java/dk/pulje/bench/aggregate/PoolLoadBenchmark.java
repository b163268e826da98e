package dk.pulje.bench.aggregate;

import dk.pulje.bench.Settings;
import dk.pulje.bench.history.PoolHistory;
import dk.pulje.bench.store.AxonStore;
import dk.pulje.bench.store.Databases;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * B4: loading the command side's own Pool aggregate through Axon's {@link EventSourcingRepository} from the JDBC
 * event store, once from its whole history and once from a snapshot followed by {@value #TAIL} more events (about
 * where a snapshot trigger leaves it). The Pool class comes from the command side's build output.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PoolLoadBenchmark {

    public static final String POOL_CLASS = "dk.pulje.command.pool.Pool";
    /** Events appended after the snapshot. */
    public static final int TAIL = 250;

    @Param({"10000"})
    public int applications;

    private Databases databases;
    private AxonStore store;
    private EventSourcingRepository<Object> repository;
    private final PoolId plain = PoolId.of("pool-plain");
    private final PoolId snapshotted = PoolId.of("pool-snapshotted");

    @Setup(Level.Trial)
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void open() throws Exception {
        databases = new Databases(Settings.fromSystemProperties());
        store = new AxonStore(databases.dataSource(databases.fresh("load"), 4));
        Class<Object> pool = (Class<Object>) Class.forName(POOL_CLASS);
        // The Pool's command handlers take the command side's Clock, a DeadlineManager, the application ids, the
        // uploads and the earlier pools' grantees: the loaded aggregate must resolve them, though loading uses none of
        // them.
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(pool),
                new SimpleResourceParameterResolverFactory(List.of(
                        Clock.systemUTC(),
                        SimpleDeadlineManager.builder()
                                .scopeAwareProvider(scope -> Stream.empty())
                                .build(),
                        unused(Class.forName("dk.pulje.command.pool.ApplicationIds")),
                        unused(Class.forName("dk.pulje.command.document.Uploads")),
                        unused(Class.forName("dk.pulje.command.pool.EarlierGrantees")))));
        repository = EventSourcingRepository.builder(pool)
                .eventStore(store.eventStore())
                .parameterResolverFactory(parameters)
                .build();

        ProgrammeId programme = ProgrammeId.of("programme-load");
        List<DomainEventMessage<?>> history = PoolHistory.pool(programme, plain, applications);
        append(history);
        List<DomainEventMessage<?>> withTail =
                PoolHistory.pool(programme, snapshotted, applications + TAIL / PoolHistory.EVENTS_PER_APPLICATION);
        int beforeTail =
                withTail.size() - TAIL / PoolHistory.EVENTS_PER_APPLICATION * PoolHistory.EVENTS_PER_APPLICATION;
        append(withTail.subList(0, beforeTail));
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                .eventStore(store.eventStore())
                .aggregateFactories(new GenericAggregateFactory(
                        AnnotatedAggregateMetaModelFactory.inspectAggregate(pool, parameters)))
                .transactionManager(store.transactions())
                .parameterResolverFactory(parameters)
                .build();
        snapshotter.scheduleSnapshot(pool, snapshotted.toString());
        if (snapshots() != 1) {
            throw new IllegalStateException(
                    "No snapshot of the Pool was stored: see the log for why it could not be " + "serialized");
        }
        append(withTail.subList(beforeTail, withTail.size()));
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        databases.drop("load");
    }

    /** The whole history: 2 pool events and 4 per application. */
    @Benchmark
    public long fromEvents() {
        return load(plain);
    }

    @Benchmark
    public long fromSnapshot() {
        return load(snapshotted);
    }

    private long load(PoolId id) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(id.toString()).version();
        } finally {
            unitOfWork.rollback();
        }
    }

    private void append(List<DomainEventMessage<?>> events) {
        for (int from = 0; from < events.size(); from += 1000) {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(store.transactions());
            store.eventStore().publish(events.subList(from, Math.min(from + 1000, events.size())));
            unitOfWork.commit();
        }
    }

    private int snapshots() throws Exception {
        try (Connection connection = store.dataSource().getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM SnapshotEventEntry")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** A stand-in for a resource the command side's handlers take and loading never calls. */
    private static Object unused(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            throw new UnsupportedOperationException(type.getSimpleName() + " is not used when a pool is loaded");
        });
    }
}
