package dk.pulje.query.notification;

import dk.pulje.query.infra.Databases;
import dk.pulje.query.infra.Rows;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due e-mails through SMTP, a batch per transaction: rows are locked while they are sent (other
 * nodes skip them on PostgreSQL) and marked sent in the same transaction. A failed send is tried again later, ever
 * more slowly, and given up after {@code pulje.notifications.max-attempts}. Each e-mail's Message-ID names its
 * outbox row, so a receiver can tell the one resend a crash between sending and committing could cause.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private final String from;
    private final int maxAttempts;
    private final AtomicBoolean toldNoSmtp = new AtomicBoolean();
    private volatile String lockClause;

    OutboxSender(
            JdbcTemplate jdbc,
            ObjectProvider<JavaMailSender> mail,
            PlatformTransactionManager transactions,
            NotificationSettings settings,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.mail = mail;
        this.transactions = new TransactionTemplate(transactions);
        this.enabled = settings.enabled();
        this.from = settings.from();
        this.maxAttempts = settings.maxAttempts();
    }

    /** An e-mail due; {@code html} is null in those written before e-mails had it. */
    private record Due(long id, String name, String email, String subject, String body, String html, int attempts) {}

    /** Every {@link NotificationSettings#pollingInterval()}. */
    @Scheduled(
            fixedDelayString = "${pulje.notifications.polling-interval:2s}",
            initialDelayString = "${pulje.notifications.polling-interval:2s}")
    void sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (!enabled) {
            return;
        }
        if (sender == null) {
            if (toldNoSmtp.compareAndSet(false, true)) {
                log.warn("No SMTP server is configured (spring.mail.host): notifications wait in the outbox");
            }
            return;
        }
        Integer sent;
        do {
            sent = transactions.execute(tx -> sendBatch(sender));
        } while (sent != null && sent > 0);
    }

    private int sendBatch(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Due> due = jdbc.query(
                "SELECT id, recipient_name, recipient_email, subject, body, html, attempts FROM "
                        + "notification_outbox WHERE status = ? AND next_attempt_at <= ? ORDER BY id LIMIT 20 "
                        + lock(),
                (row, index) -> new Due(
                        row.getLong("id"),
                        row.getString("recipient_name"),
                        row.getString("recipient_email"),
                        row.getString("subject"),
                        row.getString("body"),
                        row.getString("html"),
                        row.getInt("attempts")),
                Outbox.PENDING,
                Rows.timestamp(now));
        int sent = 0;
        for (Due email : due) {
            try {
                sender.send(message(sender, email));
                jdbc.update(
                        "UPDATE notification_outbox SET status = ?, sent_at = ?, attempts = ? WHERE id = ?",
                        Outbox.SENT,
                        Rows.timestamp(clock.instant()),
                        email.attempts() + 1,
                        email.id());
                sent++;
            } catch (MailException | MessagingException | UnsupportedEncodingException failed) {
                int attempts = email.attempts() + 1;
                Duration wait = Duration.ofSeconds(Math.min(3600, 1L << Math.min(attempts, 12)));
                jdbc.update(
                        "UPDATE notification_outbox SET status = ?, attempts = ?, next_attempt_at = ?, "
                                + "last_error = ? WHERE id = ?",
                        attempts >= maxAttempts ? Outbox.FAILED : Outbox.PENDING,
                        attempts,
                        Rows.timestamp(clock.instant().plus(wait)),
                        abbreviate(failed.getMessage()),
                        email.id());
                log.warn("E-mail {} not sent (attempt {}): {}", email.id(), attempts, failed.getMessage());
            }
        }
        return sent == due.size() ? sent : 0;
    }

    private MimeMessage message(JavaMailSender sender, Due email)
            throws MessagingException, UnsupportedEncodingException {
        Session session = sender instanceof JavaMailSenderImpl impl
                ? impl.getSession()
                : sender.createMimeMessage().getSession();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<pulje-outbox-" + email.id() + "@pulje>");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.email(), email.name(), "UTF-8"));
        message.setSubject(email.subject(), "UTF-8");
        if (email.html() == null) {
            message.setText(email.body(), "UTF-8");
        } else {
            message.setContent(textAndHtml(email));
        }
        return message;
    }

    /** The text first, the HTML as its alternative: a mail reader shows the last one it can. */
    private static MimeMultipart textAndHtml(Due email) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.body(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    /** PostgreSQL lets another node skip the rows this one sends; H2 (one node) just locks them. */
    private String lock() {
        if (lockClause == null) {
            lockClause = Databases.isPostgres(jdbc) ? "FOR UPDATE SKIP LOCKED" : "FOR UPDATE";
        }
        return lockClause;
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
