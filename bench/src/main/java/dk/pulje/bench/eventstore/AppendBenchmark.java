package dk.pulje.bench.eventstore;

import dk.pulje.bench.Settings;
import dk.pulje.bench.history.PoolHistory;
import dk.pulje.bench.store.AxonStore;
import dk.pulje.bench.store.Databases;
import dk.pulje.shared.pool.PoolId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * B2: events appended through Axon's event store as a command appends them, each in its own unit of work and
 * database transaction: one {@code ApplicationSubmitted} (with the command side's metadata) at the next sequence
 * number of the thread's own pool. Run by {@code bench/run} with 16 threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AppendBenchmark {

    @State(Scope.Benchmark)
    public static class Store {
        Databases databases;
        AxonStore store;

        @Setup(Level.Trial)
        public void open() {
            Settings settings = Settings.fromSystemProperties();
            databases = new Databases(settings);
            store = new AxonStore(databases.dataSource(databases.fresh("append"), 20));
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
            databases.drop("append");
        }
    }

    /** Each thread's pool, and the payload it appends (made once: making it is not what is measured). */
    @State(Scope.Thread)
    public static class Stream {
        PoolId pool;
        Object submitted;
        long sequence;

        @Setup(Level.Trial)
        public void open() {
            pool = PoolId.of("pool-" + UUID.randomUUID());
            submitted = PoolHistory.application(pool, 0).get(0);
        }
    }

    @Benchmark
    public long append(Store store, Stream stream) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(store.store.transactions());
        store.store.eventStore().publish(PoolHistory.poolEvent(stream.pool, stream.sequence++, stream.submitted));
        unitOfWork.commit();
        return stream.sequence;
    }
}
