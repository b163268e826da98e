package dk.pulje.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats danish = Formats.of(Formats.DANISH);
    private final Formats english = Formats.of(Locale.UK);

    @Test
    void amounts_are_written_exactly_in_the_way_of_each_language() {
        assertThat(danish.money(Money.of("12300000.00"))).isEqualTo("12.300.000,00 kr.");
        assertThat(english.money(Money.of("12300000.00"))).isEqualTo("DKK 12,300,000.00");
        assertThat(danish.money(Money.ZERO)).isEqualTo("0,00 kr.");
        assertThat(danish.money(new Money(Long.MAX_VALUE))).isEqualTo("92.233.720.368.547.758,07 kr.");
        assertThat(danish.amount("0.05")).isEqualTo("0,05 kr.");
        assertThat(english.count(1234)).isEqualTo("1,234");
    }

    @Test
    void times_are_in_copenhagen_in_winter_and_in_summer() {
        assertThat(danish.dateTime(Instant.parse("2027-03-24T11:00:00Z"))).isEqualTo("24. marts 2027 kl. 12:00");
        assertThat(danish.dateTime(Instant.parse("2027-07-01T10:00:00Z"))).isEqualTo("1. juli 2027 kl. 12:00");
        assertThat(english.dateTime(Instant.parse("2027-03-24T11:00:00Z"))).isEqualTo("24 March 2027, 12:00");
        assertThat(danish.date(LocalDate.parse("2017-06-26"))).isEqualTo("26. juni 2017");
    }

    @Test
    void any_other_language_is_shown_in_danish() {
        assertThat(Formats.of(Locale.GERMAN).money(Money.of("1.50"))).isEqualTo("1,50 kr.");
        assertThat(Formats.of(null).locale()).isEqualTo(Formats.DANISH);
    }
}
