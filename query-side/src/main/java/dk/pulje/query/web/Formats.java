package dk.pulje.query.web;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Amounts, dates and times as the dashboard and the e-mails write them in one language: "12.300.000,00 kr." and
 * "24. marts 2027 kl. 12:00" in Danish, "DKK 12,300,000.00" and "24 March 2027, 12:00" in English, always in
 * Copenhagen time.
 * Amounts are formatted from their exact decimal value, never through a floating-point number.
 */
public final class Formats {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> LANGUAGES = List.of(DANISH, ENGLISH);

    private final Locale locale;
    private final boolean danish;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;

    private Formats(Locale locale) {
        this.locale = locale;
        this.danish = locale.getLanguage().equals(DANISH.getLanguage());
        this.date = DateTimeFormatter.ofPattern(danish ? "d. MMMM yyyy" : "d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern(danish ? "d. MMMM yyyy 'kl.' HH:mm" : "d MMMM yyyy, HH:mm", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss", locale);
    }

    /** The formats of one of the dashboard's languages; any other locale gets Danish. */
    public static Formats of(Locale locale) {
        return new Formats(supported(locale));
    }

    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : DANISH;
    }

    public Locale locale() {
        return locale;
    }

    public String money(Money amount) {
        String number = decimal(amount == null ? BigDecimal.ZERO.setScale(2) : amount.kroner());
        return danish ? number + " kr." : "DKK " + number;
    }

    /** An amount written as the API writes it, e.g. "12300000.00". */
    public String amount(String kroner) {
        return money(Money.of(kroner));
    }

    /** A score or a number of days with the decimals it has, e.g. 433,34 in Danish; a dash where there is none. */
    public String number(BigDecimal number) {
        if (number == null) {
            return "–";
        }
        int decimals = Math.max(0, number.scale());
        return pattern(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))
                .format(number);
    }

    public String count(long count) {
        return pattern("#,##0").format(count);
    }

    /** A part of a whole in whole per cent, rounded down, so 99.9 % is never shown as done. */
    public String percent(long part, long whole) {
        long percent = whole <= 0 ? 0 : Math.min(100, part * 100 / whole);
        return danish ? percent + " %" : percent + "%";
    }

    public String date(LocalDate day) {
        return day.format(date);
    }

    /** A local date-time in Copenhagen, as deadlines and round openings are announced. */
    public String dateTime(LocalDateTime copenhagen) {
        return copenhagen.format(dateTime);
    }

    public String dateTime(Instant instant) {
        return dateTime(LocalDateTime.ofInstant(instant, Deadline.COPENHAGEN));
    }

    public String time(Instant instant) {
        return LocalDateTime.ofInstant(instant, Deadline.COPENHAGEN).format(time);
    }

    private String decimal(BigDecimal kroner) {
        return pattern("#,##0.00").format(kroner);
    }

    /** DecimalFormat is not thread-safe and cheap to make: one per use. */
    private DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(danish ? '.' : ',');
        symbols.setDecimalSeparator(danish ? ',' : '.');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        return format;
    }
}
