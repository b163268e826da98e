package dk.pulje.command.web;

import dk.pulje.shared.common.InvalidValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Remembers the first answer to every command sent with an {@code Idempotency-Key} header, per user, with a
 * fingerprint of the request (method, path, body), so a resent request gets that answer again.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    record Answer(String requestHash, int status, String location, Accepted accepted) {}

    private final JdbcTemplate jdbc;

    IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the body of requests with a key readable after the controller has read it, for the fingerprint. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean keyed = request.getHeader(HEADER) != null && "POST".equals(request.getMethod());
        chain.doFilter(keyed ? new ContentCachingRequestWrapper(request, 1024 * 1024) : request, response);
    }

    /** The key of the request being handled, if it has one. */
    Optional<String> currentKey() {
        return currentRequest()
                .map(request -> request.getHeader(HEADER))
                .filter(key -> !key.isBlank())
                .map(key -> {
                    if (key.length() > MAX_KEY_LENGTH) {
                        throw new InvalidValue(
                                "idempotency-key.too-long",
                                "An Idempotency-Key has at most " + MAX_KEY_LENGTH + " characters");
                    }
                    return key;
                });
    }

    String fingerprintOfCurrentRequest() {
        HttpServletRequest request = currentRequest().orElseThrow();
        ContentCachingRequestWrapper cached = WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
        byte[] body = cached == null ? new byte[0] : cached.getContentAsByteArray();
        MessageDigest sha256 = sha256();
        sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }

    Optional<Answer> find(String userId, String key) {
        return jdbc
                .query(
                        "SELECT request_hash, status, location, aggregate_id, version, position FROM idempotency_key"
                                + " WHERE user_id = ? AND idempotency_key = ?",
                        (row, index) -> new Answer(
                                row.getString(1),
                                row.getInt(2),
                                row.getString(3),
                                new Accepted(row.getString(4), row.getLong(5), row.getLong(6))),
                        userId,
                        key)
                .stream()
                .findFirst();
    }

    /** Fails on the primary key when a concurrent copy of the request got there first. */
    void remember(String userId, String key, Answer answer) {
        jdbc.update(
                "INSERT INTO idempotency_key (user_id, idempotency_key, request_hash, status, location, "
                        + "aggregate_id, version, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                userId,
                key,
                answer.requestHash(),
                answer.status(),
                answer.location(),
                answer.accepted().id(),
                answer.accepted().version(),
                answer.accepted().position());
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
