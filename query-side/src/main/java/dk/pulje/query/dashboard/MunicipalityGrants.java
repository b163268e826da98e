package dk.pulje.query.dashboard;

import dk.pulje.query.web.Formats;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Municipalities;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each of the 98 municipalities has been awarded, over every pool, summed from the applications read model
 * (a municipality's applications are keyed {@code municipality:<code>}). Every municipality is listed, with
 * nothing where it has no grant.
 */
@Component
class MunicipalityGrants {

    private static final String PREFIX = "municipality:";

    private final NamedParameterJdbcTemplate jdbc;

    MunicipalityGrants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> byRegion() {
        Map<String, Received> awarded = new HashMap<>();
        jdbc.query("""
                SELECT applicant_key, COUNT(*) AS grants, SUM(awarded_oere - released_oere) AS awarded_oere
                FROM pool_application WHERE status = :awarded AND applicant_key LIKE :municipalities
                GROUP BY applicant_key""", Map.of("awarded", ApplicationStatus.AWARDED.name(), "municipalities", PREFIX + "%"), row -> {
            String code = row.getString("applicant_key").substring(PREFIX.length());
            awarded.put(code, new Received(code, null, row.getInt("grants"), new Money(row.getLong("awarded_oere"))));
        });
        Map<String, List<Received>> byRegion = new LinkedHashMap<>();
        for (Municipalities.Municipality municipality : Municipalities.all().values()) {
            Received received = awarded.get(municipality.code());
            byRegion.computeIfAbsent(municipality.region(), region -> new ArrayList<>())
                    .add(new Received(
                            municipality.code(),
                            municipality.name(),
                            received == null ? 0 : received.grants(),
                            received == null ? Money.ZERO : received.awarded()));
        }
        Collator danish = Collator.getInstance(Formats.DANISH);
        return byRegion.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(danish))
                .map(region -> new Region(
                        region.getKey(),
                        region.getValue().stream()
                                .sorted(Comparator.comparing(Received::name, danish))
                                .toList()))
                .toList();
    }

    /** A region's municipalities, by name. */
    public record Region(String name, List<Received> municipalities) {

        public int grants() {
            return municipalities.stream().mapToInt(Received::grants).sum();
        }

        public Money awarded() {
            return municipalities.stream().map(Received::awarded).reduce(Money.ZERO, Money::plus);
        }
    }

    public record Received(String code, String name, int grants, Money awarded) {}
}
