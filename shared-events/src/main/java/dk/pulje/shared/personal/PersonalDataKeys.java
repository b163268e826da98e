package dk.pulje.shared.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * One key per person, in the table {@code personal_data_key} beside the event store: a person is known by a
 * pseudonymous subject id and, to find it again, the SHA-256 of their e-mail address. Erasing the row makes every
 * event that names the person unreadable, while the events themselves stay as they were stored.
 *
 * <p>Keys are read through a short-lived cache, so a replay does not ask the database once per event; an erasure
 * is therefore seen by other nodes within {@code cacheFor}. Given a data source that joins the current transaction,
 * a new key is stored with the events that first name the person; two nodes creating the same person's key at once
 * meet on the unique hash, and the loser reads the winner's key.
 *
 * <p>Given a master key (kept outside the database), each person's key is stored wrapped with it, bound to its
 * subject, so a copy of the database alone opens no contact person; keys stored unwrapped before are wrapped by
 * {@link #wrapStoredKeys()}. Without one, keys are stored as they are. To rotate the master key, the previous ones are
 * given too: keys wrapped with one of them still open, and {@link #rewrapStoredKeys()} wraps them all with the new one.
 */
public class PersonalDataKeys {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CACHE_LIMIT = 10_000;

    private final DataSource dataSource;
    private final SecretKey masterKey;
    private final List<SecretKey> previousMasterKeys;
    private final long cacheForNanos;
    private final Remembered<Optional<SecretKey>> bySubject = new Remembered<>();
    private final Remembered<SubjectKey> byEmailHash = new Remembered<>();
    private final Consumer<Runnable> afterCommit;

    public record SubjectKey(String subject, SecretKey key) {}

    /** What is remembered for {@code cacheFor}, at most {@value #CACHE_LIMIT} entries (then all are forgotten). */
    private final class Remembered<V> {
        private record Entry<V>(V value, long until) {}

        private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

        /** The value remembered for {@code key}, or null when there is none or it is older than {@code cacheFor}. */
        V get(String key, long now) {
            Entry<V> entry = entries.get(key);
            return entry != null && entry.until - now > 0 ? entry.value : null;
        }

        void put(String key, V value, long now) {
            if (entries.size() >= CACHE_LIMIT) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now + cacheForNanos));
        }

        void remove(String key) {
            entries.remove(key);
        }

        void removeIf(BiPredicate<String, V> which) {
            entries.entrySet().removeIf(entry -> which.test(entry.getKey(), entry.getValue().value));
        }

        void clear() {
            entries.clear();
        }
    }

    public PersonalDataKeys(DataSource dataSource, Duration cacheFor) {
        this(dataSource, cacheFor, null);
    }

    /** {@code masterKey} an AES key that wraps every person's key, or null to store them unwrapped. */
    public PersonalDataKeys(DataSource dataSource, Duration cacheFor, SecretKey masterKey) {
        this(dataSource, cacheFor, masterKey, List.of());
    }

    /** {@code previousMasterKeys} the master keys being rotated away from: they open, and never wrap. */
    public PersonalDataKeys(
            DataSource dataSource, Duration cacheFor, SecretKey masterKey, List<SecretKey> previousMasterKeys) {
        this(dataSource, cacheFor, masterKey, previousMasterKeys, Runnable::run);
    }

    /**
     * {@code afterCommit} runs what is remembered of a person found or made in a transaction once that transaction
     * has committed (outside transactions: at once), so a key made in a transaction that rolls back is never used
     * again.
     */
    public PersonalDataKeys(
            DataSource dataSource,
            Duration cacheFor,
            SecretKey masterKey,
            List<SecretKey> previousMasterKeys,
            Consumer<Runnable> afterCommit) {
        this.dataSource = dataSource;
        this.masterKey = masterKey;
        this.previousMasterKeys = List.copyOf(previousMasterKeys);
        this.cacheForNanos = cacheFor.toNanos();
        this.afterCommit = afterCommit;
    }

    /** An AES-256 master key from its Base64 text, as configured; null for none. */
    public static SecretKey masterKey(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalArgumentException("A master key is 32 bytes (256 bits) in Base64, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }

    /** Wraps every key stored unwrapped (before a master key was set) with the master key; answers how many. */
    public int wrapStoredKeys() {
        if (masterKey == null) {
            return 0;
        }
        List<Row> unwrapped = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT subject, secret FROM personal_data_key WHERE wrapped = FALSE");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                unwrapped.add(new Row(rows.getString(1), rows.getBytes(2), false));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the personal data keys", e);
        }
        int wrapped = 0;
        for (Row row : unwrapped) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("UPDATE personal_data_key SET secret = ?, "
                            + "wrapped = TRUE WHERE subject = ? AND wrapped = FALSE")) {
                update.setBytes(1, Seal.close(row.secret, row.subject, masterKey));
                update.setString(2, row.subject);
                wrapped += update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot wrap a personal data key", e);
            }
        }
        return wrapped;
    }

    /**
     * Wraps with the master key every key still wrapped with a previous one, all in one transaction; answers how many.
     * Keys already wrapped with the master key are left as they are, so it may run again (on every node, at every
     * start) until the previous keys are removed from the configuration. A key that opens with none of them is
     * refused, and then nothing is changed.
     */
    public int rewrapStoredKeys() {
        if (masterKey == null || previousMasterKeys.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int rewrapped = rewrap(connection);
                connection.commit();
                return rewrapped;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rewrap the personal data keys", e);
        }
    }

    private int rewrap(Connection connection) throws SQLException {
        List<Row> wrapped = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT subject, secret FROM personal_data_key WHERE wrapped = TRUE ORDER BY subject FOR UPDATE");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                wrapped.add(new Row(rows.getString(1), rows.getBytes(2), true));
            }
        }
        int rewrapped = 0;
        int unopened = 0;
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE personal_data_key SET secret = ? WHERE subject = ?")) {
            for (Row row : wrapped) {
                if (unwrap(row, masterKey).isPresent()) {
                    continue;
                }
                Optional<byte[]> key = previousMasterKeys.stream()
                        .map(previous -> unwrap(row, previous))
                        .flatMap(Optional::stream)
                        .findFirst();
                if (key.isEmpty()) {
                    unopened++;
                    continue;
                }
                update.setBytes(1, Seal.close(key.get(), row.subject, masterKey));
                update.setString(2, row.subject);
                rewrapped += update.executeUpdate();
            }
        }
        if (unopened > 0) {
            throw new IllegalStateException(unopened + " of " + wrapped.size() + " personal data keys open with "
                    + "neither the master key nor a previous one (pulje.personal-data.previous-master-keys): "
                    + "nothing was rewrapped");
        }
        return rewrapped;
    }

    /** The person's subject and key, made on first sight of the e-mail address. */
    public SubjectKey keyFor(String email) {
        String hash = emailHash(email);
        long now = System.nanoTime();
        SubjectKey known = byEmailHash.get(hash, now);
        if (known != null) {
            return known;
        }
        SubjectKey subjectKey = findOrCreate(hash);
        afterCommit.accept(() -> byEmailHash.put(hash, subjectKey, now));
        return subjectKey;
    }

    private SubjectKey findOrCreate(String hash) {
        for (int attempt = 0; ; attempt++) {
            Optional<SubjectKey> known = find(hash);
            if (known.isPresent()) {
                return known.get();
            }
            try {
                return create(hash);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt > 0) {
                    throw new IllegalStateException("Cannot store a personal data key", e);
                }
            }
        }
    }

    /** The subject's key, or empty when the person was erased. */
    public Optional<SecretKey> key(String subject) {
        long now = System.nanoTime();
        Optional<SecretKey> known = bySubject.get(subject, now);
        if (known != null) {
            return known;
        }
        Optional<SecretKey> key = query(
                        "SELECT subject, secret, wrapped FROM personal_data_key WHERE subject = ?", subject)
                .map(this::keyOf);
        bySubject.put(subject, key, now);
        return key;
    }

    /** Drops what this node remembers of the subject's key, after an erasure. */
    public void forget(String subject) {
        bySubject.remove(subject);
        byEmailHash.removeIf((hash, known) -> known.subject().equals(subject));
    }

    /** Drops every remembered key, so that what follows (a replay, say) sees every erasure made so far. */
    public void forgetAll() {
        bySubject.clear();
        byEmailHash.clear();
    }

    /** The SHA-256 of the e-mail address as written, ignoring case and surrounding space, in hex. */
    public static String emailHash(String email) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<SubjectKey> find(String hash) {
        return query("SELECT subject, secret, wrapped FROM personal_data_key WHERE email_hash = ?", hash)
                .map(row -> new SubjectKey(row.subject, keyOf(row)));
    }

    private SubjectKey create(String hash) throws SQLException {
        SecretKey key = newKey();
        String subject = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO personal_data_key (subject, email_hash, secret, wrapped, created_at) "
                                + "VALUES (?, ?, ?, ?, ?)")) {
            // In a transaction, a savepoint keeps a lost race on the hash from aborting it (as PostgreSQL would).
            Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
            insert.setString(1, subject);
            insert.setString(2, hash);
            insert.setBytes(3, masterKey == null ? key.getEncoded() : Seal.close(key.getEncoded(), subject, masterKey));
            insert.setBoolean(4, masterKey != null);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            try {
                insert.executeUpdate();
            } catch (SQLException e) {
                if (beforeInsert != null) {
                    connection.rollback(beforeInsert);
                }
                throw e;
            }
        }
        return new SubjectKey(subject, key);
    }

    private record Row(String subject, byte[] secret, boolean wrapped) {}

    private SecretKey keyOf(Row row) {
        if (!row.wrapped) {
            return new SecretKeySpec(row.secret, "AES");
        }
        if (masterKey == null) {
            throw new IllegalStateException("The personal data keys are wrapped, and no master key is configured "
                    + "(pulje.personal-data.master-key)");
        }
        try {
            return new SecretKeySpec(Seal.open(row.secret, row.subject, masterKey), "AES");
        } catch (IllegalStateException notThisOne) {
            return previousMasterKeys.stream()
                    .map(previous -> unwrap(row, previous))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(key -> new SecretKeySpec(key, "AES"))
                    .orElseThrow(() -> notThisOne);
        }
    }

    /** The person's key, if {@code master} wrapped it. */
    private static Optional<byte[]> unwrap(Row row, SecretKey master) {
        try {
            return Optional.of(Seal.open(row.secret, row.subject, master));
        } catch (IllegalStateException notThisOne) {
            return Optional.empty();
        }
    }

    private Optional<Row> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Row(rows.getString("subject"), rows.getBytes("secret"), rows.getBoolean("wrapped")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a personal data key", e);
        }
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
