package dk.pulje.shared.personal;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
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
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One key per person, in the table {@code personal_data_key} beside the event store: a person is known by a
 * pseudonymous subject id and, to find it again, the SHA-256 of their e-mail address. Erasing the row makes every
 * event that names the person unreadable, while the events themselves stay as they were stored.
 *
 * <p>Keys are read through a short-lived cache, so a replay does not ask the database once per event; an erasure
 * is therefore seen by other nodes within {@code cacheFor}. Given a data source that joins the current transaction,
 * a new key is stored with the events that first name the person; two nodes creating the same person's key at once
 * meet on the unique hash, and the loser reads the winner's key.
 */
public class PersonalDataKeys {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CACHE_LIMIT = 10_000;

    private final DataSource dataSource;
    private final long cacheForNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public record SubjectKey(String subject, SecretKey key) {
    }

    private record Cached(Optional<SecretKey> key, long until) {
    }

    public PersonalDataKeys(DataSource dataSource, Duration cacheFor) {
        this.dataSource = dataSource;
        this.cacheForNanos = cacheFor.toNanos();
    }

    /** The person's subject and key, made on first sight of the e-mail address. */
    public SubjectKey keyFor(String email) {
        String hash = emailHash(email);
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
        Cached cached = cache.get(subject);
        if (cached != null && cached.until - now > 0) {
            return cached.key;
        }
        Optional<SecretKey> key = query("SELECT secret FROM personal_data_key WHERE subject = ?", subject)
                .map(row -> new SecretKeySpec(row.secret, "AES"));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(subject, new Cached(key, now + cacheForNanos));
        return key;
    }

    /** Drops what this node remembers of the subject's key, after an erasure. */
    public void forget(String subject) {
        cache.remove(subject);
    }

    /** Drops every remembered key, so that what follows (a replay, say) sees every erasure made so far. */
    public void forgetAll() {
        cache.clear();
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
        return query("SELECT subject, secret FROM personal_data_key WHERE email_hash = ?", hash)
                .map(row -> new SubjectKey(row.subject, new SecretKeySpec(row.secret, "AES")));
    }

    private SubjectKey create(String hash) throws SQLException {
        SecretKey key = newKey();
        String subject = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO personal_data_key (subject, email_hash, secret, created_at) VALUES (?, ?, ?, ?)")) {
            // In a transaction, a savepoint keeps a lost race on the hash from aborting it (as PostgreSQL would).
            Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
            insert.setString(1, subject);
            insert.setString(2, hash);
            insert.setBytes(3, key.getEncoded());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
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

    private record Row(String subject, byte[] secret) {
    }

    private Optional<Row> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                boolean withSubject = rows.getMetaData().getColumnCount() == 2;
                return Optional.of(new Row(withSubject ? rows.getString("subject") : parameter,
                        rows.getBytes("secret")));
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
