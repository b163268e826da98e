package dk.pulje.query.notification;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Amounts, dates and kinds of applicant as a Danish e-mail writes them: "24.900.000,00 kr.", "24. marts 2017 kl. 12:00". */
final class DanishText {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DANISH);

    private DanishText() {
    }

    static String kroner(Money amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DANISH));
        return format.format(BigDecimal.valueOf(amount.oere(), 2)) + " kr.";
    }

    static String deadline(Deadline deadline) {
        return DAY.format(deadline.local()) + " kl. " + TIME.format(deadline.local());
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String hours(LocalTime starts, LocalTime ends) {
        return starts == null ? "" : " kl. " + TIME.format(starts) + "–" + TIME.format(ends);
    }

    static String kinds(Collection<ApplicantKind> kinds) {
        return kinds.stream().sorted().map(kind -> switch (kind) {
            case MUNICIPALITY -> "kommuner";
            case REGION -> "regioner";
            case CARE_INSTITUTION -> "anbringelsessteder";
            case ASSOCIATION -> "foreninger og selvejende institutioner";
        }).collect(Collectors.joining(", "));
    }
}
