package dk.pulje.query.notification;

import dk.pulje.query.web.Formats;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.pool.ApplicantKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Amounts, dates, meetings and kinds of applicant as an e-mail writes them in its reader's language ("24.900.000,00
 * kr.", "24. marts 2017 kl. 12:00" in Danish), always in Copenhagen time. The templates call it as {@code say}.
 */
final class Wording {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Formats formats;
    private final MessageSource messages;

    Wording(Locale language, MessageSource messages) {
        this.formats = Formats.of(language);
        this.messages = messages;
    }

    Locale language() {
        return formats.locale();
    }

    public String money(Money amount) {
        return formats.money(amount);
    }

    /** A deadline is a local date-time in Copenhagen. */
    public String deadline(Deadline deadline) {
        return formats.dateTime(deadline.local());
    }

    /** An instant as a local date-time in Copenhagen. */
    public String moment(Instant instant) {
        return formats.dateTime(instant);
    }

    public String day(LocalDate day) {
        return formats.date(day);
    }

    /** When and where a meeting is: its day, its hours if it has them, its place. */
    public String when(MeetingTime time) {
        return time.starts() == null
                ? text("mail.whenAllDay", day(time.date()), time.place())
                : text(
                        "mail.when",
                        day(time.date()),
                        HOURS.format(time.starts()),
                        HOURS.format(time.ends()),
                        time.place());
    }

    public String kinds(Collection<ApplicantKind> kinds) {
        return kinds.stream()
                .sorted()
                .map(kind -> text("mail.kind." + kind.name()))
                .collect(Collectors.joining(", "));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language());
    }
}
