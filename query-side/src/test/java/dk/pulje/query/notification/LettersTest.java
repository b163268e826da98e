package dk.pulje.query.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.query.web.Formats;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.Round;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every kind of e-mail written in Danish and in English, as text and as HTML, with the texts configured as the app
 * configures them (spring.messages): amounts and dates in the reader's language, in Copenhagen time, and a pool's
 * title in the reader's language where the pool was translated into it.
 */
class LettersTest {

    private static final Letters LETTERS = new Letters(messages());
    private static final String POOLS = "https://pulje.example.dk/public/pools";
    private static final String GRANT = "https://pulje.example.dk/grants/a1";
    private static final String MINE = "https://pulje.example.dk/portal/applications";
    private static final String BUDGET_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Attachment BUDGET =
            new Attachment("d-budget", "budget 2017.pdf", "application/pdf", 4096, BUDGET_SHA256);
    private static final MeetingTime ODENSE = new MeetingTime(
            LocalDate.parse("2017-02-20"),
            LocalTime.of(10, 0),
            LocalTime.of(14, 30),
            "Mødecenter Odense, Buchwaldsgade 48");
    private static final MeetingTime MOVED = new MeetingTime(
            LocalDate.parse("2017-02-22"),
            LocalTime.of(10, 0),
            LocalTime.of(14, 30),
            "Mødecenter Odense, Buchwaldsgade 48");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/dashboard", "messages/mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** A pool of 1.234.567,89 kr. whose one round closes at noon in Copenhagen (10:00 UTC, summer time). */
    private static NotifiedPool pool(String title) {
        return new NotifiedPool(
                title,
                Map.of("en", "Aftercare for young people"),
                title.toLowerCase(Locale.ROOT),
                Money.of("1234567.89"),
                Set.of(ApplicantKind.MUNICIPALITY, ApplicantKind.CARE_INSTITUTION),
                List.of(new Round(1, LocalDateTime.parse("2017-08-01T00:00"), Deadline.of("2017-10-13T12:00"))));
    }

    static Stream<Arguments> everyKindInBothLanguages() {
        NotifiedPool pool = pool("Efterværn for unge");
        Deadline deadline = pool.rounds().get(0).deadline();
        return Stream.of(
                Arguments.of(
                        PoolNotices.published(pool.title(Formats.DANISH), pool, deadline, POOLS, "municipality:461"),
                        Formats.DANISH,
                        "Ny pulje: Efterværn for unge",
                        List.of(
                                "Efterværn for unge er slået op.",
                                "Beløb: 1.234.567,89 kr.",
                                "Kan søges af: kommuner, anbringelsessteder",
                                "Ansøgningsfrist: 13. oktober 2017 kl. 12:00",
                                "Læs mere: " + POOLS,
                                "fordi municipality:461 abonnerer på nye puljer")),
                Arguments.of(
                        PoolNotices.published(pool.title(Formats.ENGLISH), pool, deadline, POOLS, "municipality:461"),
                        Formats.ENGLISH,
                        "New pool: Aftercare for young people",
                        List.of(
                                "Aftercare for young people is open for applications.",
                                "Amount: DKK 1,234,567.89",
                                "Open to: municipalities, care institutions",
                                "Application deadline: 13 October 2017, 12:00",
                                "Read more: " + POOLS,
                                "because municipality:461 subscribes to new pools")),
                Arguments.of(
                        PoolNotices.approaching(pool.title(), 2, deadline, POOLS, "municipality:461"),
                        Formats.DANISH,
                        "Ansøgningsfristen er om 7 dage: Efterværn for unge",
                        List.of(
                                "Ansøgningsfristen for Efterværn for unge (runde 2) er 13. oktober 2017 kl. 12:00, "
                                        + "om 7 dage.",
                                "Læs mere: " + POOLS)),
                Arguments.of(
                        PoolNotices.approaching(pool.title(), 1, deadline, POOLS, "municipality:461"),
                        Formats.ENGLISH,
                        "The application deadline is in 7 days: Efterværn for unge",
                        List.of(
                                "The application deadline for Efterværn for unge is 13 October 2017, 12:00, in 7 "
                                        + "days.",
                                "Read more: " + POOLS)),
                Arguments.of(
                        MeetingNotices.moved(ODENSE, MOVED, "Lokalet var dobbeltbooket", POOLS),
                        Formats.DANISH,
                        "Informationsmødet er flyttet til 22. februar 2017",
                        List.of(
                                "Informationsmødet, du er tilmeldt, er flyttet.",
                                "Nu: 22. februar 2017 kl. 10:00–14:30, Mødecenter Odense",
                                "Før: 20. februar 2017 kl. 10:00–14:30",
                                "Årsag: Lokalet var dobbeltbooket")),
                Arguments.of(
                        MeetingNotices.moved(ODENSE, MOVED, null, POOLS),
                        Formats.ENGLISH,
                        "The information meeting has moved to 22 February 2017",
                        List.of(
                                "Now: 22 February 2017, 10:00–14:30, Mødecenter Odense",
                                "Before: 20 February 2017, 10:00–14:30")),
                Arguments.of(
                        MeetingNotices.cancelled(ODENSE, "Too few registered", POOLS),
                        Formats.DANISH,
                        "Informationsmødet 20. februar 2017 er aflyst",
                        List.of(
                                "Informationsmødet, du er tilmeldt, 20. februar 2017 kl. 10:00–14:30, Mødecenter "
                                        + "Odense, Buchwaldsgade 48, er aflyst.",
                                "Årsag: Too few registered")),
                Arguments.of(
                        MeetingNotices.cancelled(ODENSE, null, POOLS),
                        Formats.ENGLISH,
                        "The information meeting on 20 February 2017 is cancelled",
                        List.of("The information meeting you are registered for, 20 February 2017, 10:00–14:30")),
                Arguments.of(
                        GrantNotices.receipt(
                                "Tidlig indsats i PPR",
                                "a1",
                                Instant.parse("2017-03-24T10:59:00Z"),
                                Money.of("1500000"),
                                "aarhus",
                                "Aarhus Kommune",
                                List.of(BUDGET),
                                MINE),
                        Formats.DANISH,
                        "Kvittering: jeres ansøgning om tilskud til Tidlig indsats i PPR er modtaget",
                        List.of(
                                "blev modtaget 24. marts 2017 kl. 11:59 og søger om 1.500.000,00 kr. i tilskud.",
                                "underskrevet af aarhus for Aarhus Kommune",
                                "Ansøgningens nummer: a1",
                                "De vedhæftede dokumenter, hver med sin SHA-256-kontrolsum",
                                "budget 2017.pdf (SHA-256: " + BUDGET_SHA256 + ")",
                                "Se jeres ansøgninger: " + MINE)),
                Arguments.of(
                        GrantNotices.receipt(
                                "Early help",
                                "a1",
                                Instant.parse("2017-03-24T10:59:00Z"),
                                Money.of("1500000"),
                                "aarhus",
                                "Aarhus Kommune",
                                List.of(),
                                MINE),
                        Formats.ENGLISH,
                        "Receipt: your application for Early help has been received",
                        List.of(
                                "was received on 24 March 2017, 11:59, asking for DKK 1,500,000.00.",
                                "The application's number: a1",
                                "No documents were attached to it.",
                                "See your applications: " + MINE)),
                Arguments.of(
                        GrantNotices.reminder(
                                "Tidlig indsats i PPR", "status-2018", LocalDate.parse("2019-03-01"), 14, GRANT),
                        Formats.DANISH,
                        "Påmindelse: rapporten status-2018 skal indsendes senest 1. marts 2019",
                        List.of(
                                "Rapporten status-2018 for Tidlig indsats i PPR skal indsendes senest 1. marts 2019, "
                                        + "om 14 dage.",
                                "Se tilskuddet: " + GRANT,
                                "som kontaktperson")),
                Arguments.of(
                        GrantNotices.reminder("Tidlig indsats i PPR", "final", LocalDate.parse("2019-03-01"), 1, GRANT),
                        Formats.ENGLISH,
                        "Reminder: report final is due by 1 March 2019",
                        List.of(
                                "Report final for Tidlig indsats i PPR is due by 1 March 2019, in 1 day.",
                                "See the grant: " + GRANT,
                                "as the contact person")),
                Arguments.of(
                        GrantNotices.overdue(
                                "Tidlig indsats i PPR", "status-2018", LocalDate.parse("2019-03-01"), GRANT),
                        Formats.DANISH,
                        "Rapporten status-2018 er ikke modtaget: udbetalinger holdes tilbage",
                        List.of(
                                "skulle være indsendt senest 1. marts 2019.",
                                "Udbetalinger af tilskuddet holdes " + "tilbage")),
                Arguments.of(
                        GrantNotices.overdue(
                                "Tidlig indsats i PPR", "status-2018", LocalDate.parse("2019-03-01"), GRANT),
                        Formats.ENGLISH,
                        "Report status-2018 has not been received: payments are held back",
                        List.of("was due by 1 March 2019.", "Payments of the grant are held back")));
    }

    @ParameterizedTest
    @MethodSource("everyKindInBothLanguages")
    void every_kind_of_e_mail_is_written_in_its_readers_language_as_text_and_as_html(
            Letter letter, Locale language, String subject, List<String> says) {
        Letters.Written written = LETTERS.write(letter, language);

        assertThat(written.subject()).isEqualTo(subject);
        assertThat(written.text()).contains(says).doesNotContain("??", "${", "#{", "[(");
        assertThat(written.html())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"" + language.getLanguage() + "\"", "<title>" + subject + "</title>")
                .doesNotContain("??", "${", "#{");
        for (String said : says) {
            String link = said.replaceFirst("^.*: (https://.*)$", "$1");
            assertThat(written.html())
                    .contains(
                            said.startsWith("Læs mere")
                                            || said.startsWith("Read more")
                                            || said.startsWith("Se tilskuddet")
                                            || said.startsWith("See the grant")
                                            || said.startsWith("Se jeres ansøgninger")
                                            || said.startsWith("See your applications")
                                    ? "href=\"" + link + "\""
                                    : said.contains(": ") ? said.substring(said.indexOf(": ") + 2) : said);
        }
    }

    @Test
    void a_language_other_than_danish_and_english_gets_danish() {
        Letter letter =
                PoolNotices.published("Efterværn", pool("Efterværn"), Deadline.of("2017-10-13T12:00"), POOLS, "x");

        assertThat(LETTERS.write(letter, Locale.GERMAN).subject()).isEqualTo("Ny pulje: Efterværn");
    }

    @Test
    void the_html_shows_hostile_text_as_text() {
        String title = "<script>alert('x')</script> & \"Puljen\"";
        Letters.Written published = LETTERS.write(
                PoolNotices.published(title, pool(title), Deadline.of("2017-10-13T12:00"), POOLS, "municipality:461"),
                Formats.ENGLISH);
        Letters.Written moved = LETTERS.write(
                MeetingNotices.moved(ODENSE, MOVED, "<img src=x onerror=alert(1)>", POOLS), Formats.DANISH);

        assertThat(published.html())
                .doesNotContain("<script>", "alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Puljen&quot;");
        assertThat(moved.html()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(published.text()).as("plain text is shown as it is").contains(title);
    }
}
