package dk.pulje.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.RankedApplication;
import dk.pulje.shared.programme.ProgrammeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Events are stored as JSON: every value type must survive a round trip unchanged and read naturally. */
class PublishedLanguageJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Decision decision =
            new Decision("anne", Role.APPROVER, Instant.parse("2017-11-01T09:00:00Z"), "Scores 4/5");

    @Test
    void an_award_round_trips_with_money_as_a_plain_decimal_string() {
        GrantAwarded awarded = new GrantAwarded(
                PoolId.of("pool-1"),
                ApplicationId.of("app-1"),
                Applicant.municipality("751"),
                Money.of("2000000"),
                List.of(4),
                1,
                decision);

        String text = json.writeValueAsString(awarded);

        assertThat(text).contains("\"amount\":\"2000000.00\"", "\"municipality\":\"751\"", "\"poolId\":\"pool-1\"");
        assertThat(json.readValue(text, GrantAwarded.class)).isEqualTo(awarded);
    }

    @Test
    void a_drafted_pool_with_all_its_terms_round_trips() {
        PoolDrafted drafted = new PoolDrafted(
                PoolId.of("pool-1"),
                ProgrammeId.of("prog-1"),
                Money.millions("24.9"),
                TestPools.earlyPreventiveEffort2017(),
                decision);

        assertThat(json.readValue(json.writeValueAsString(drafted), PoolDrafted.class))
                .isEqualTo(drafted);
    }

    @Test
    void a_pool_drafted_before_second_signatures_existed_reads_as_needing_none() {
        PoolDrafted drafted = new PoolDrafted(
                PoolId.of("pool-1"),
                ProgrammeId.of("prog-1"),
                Money.millions("24.9"),
                TestPools.earlyPreventiveEffort2017(),
                decision);
        String stored = json.writeValueAsString(drafted).replace(",\"amendmentsNeedSecondSignature\":false", "");
        JsonMapper strict = JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();

        assertThat(stored).doesNotContain("amendmentsNeedSecondSignature");
        assertThat(strict.readValue(stored, PoolDrafted.class).amendmentsNeedSecondSignature())
                .isFalse();
    }

    @Test
    void terms_stored_before_awards_could_wait_for_the_deadline_leave_it_to_the_kind_of_pool() {
        PoolTerms terms = TestPools.earlyPreventiveEffort2017();
        String stored = json.writeValueAsString(terms);

        assertThat(stored).doesNotContain("awardsAfterDeadline");
        assertThat(json.readValue(stored, PoolTerms.class).awardsOnlyAfterDeadline())
                .isFalse();
        assertThat(json.readValue(json.writeValueAsString(terms.withAwardsAfterDeadline(true)), PoolTerms.class)
                        .awardsOnlyAfterDeadline())
                .isTrue();
    }

    @Test
    void a_proposed_allocation_round_trips_with_its_ranking() {
        AllocatedAward award = new AllocatedAward(ApplicationId.of("app-1"), Money.of("2000000"));
        AllocationProposed proposed = new AllocationProposed(
                PoolId.of("pool-1"),
                1,
                List.of(award),
                Money.of("2000000"),
                new AllocationRanking(
                        List.of(new RankedApplication(
                                1,
                                ApplicationId.of("app-1"),
                                Applicant.municipality("461"),
                                new BigDecimal("400.00"),
                                true,
                                "Odense Kommune has no grant from pool pool-0",
                                Money.of("2000000"),
                                Money.of("2000000"))),
                        "Municipalities without a grant from pool-0 first",
                        List.of(),
                        List.of("1 award(s); the pool expects 1–3 grantees")),
                1,
                decision);

        String text = json.writeValueAsString(proposed);

        assertThat(text).contains("\"weightedScore\":400.00", "\"proposed\":\"2000000.00\"");
        assertThat(json.readValue(text, AllocationProposed.class)).isEqualTo(proposed);
    }

    @Test
    void a_submission_round_trips_with_its_budget_by_year() {
        ApplicationSubmitted submitted = new ApplicationSubmitted(
                PoolId.of("pool-1"),
                ApplicationId.of("app-1"),
                1,
                Applicant.municipality("461"),
                "Early help in PPR",
                Money.of("3000000"),
                TestPools.budget(2017, "1000000", 2018, "2000000"),
                "new-methods",
                new ContactPerson("Kim Jensen", "kim@odense.dk", null),
                new Actor("odense", Role.APPLICANT, "municipality:461"),
                Instant.parse("2017-03-24T10:59:59Z"));

        String text = json.writeValueAsString(submitted);

        assertThat(text).contains("\"budget\":{\"2017\":\"1000000.00\",\"2018\":\"2000000.00\"}");
        assertThat(json.readValue(text, ApplicationSubmitted.class)).isEqualTo(submitted);
    }

    @Test
    void a_submission_stored_before_attachments_existed_reads_with_none_and_one_with_them_round_trips() {
        ApplicationSubmitted plain = new ApplicationSubmitted(
                PoolId.of("pool-1"),
                ApplicationId.of("app-1"),
                1,
                Applicant.municipality("461"),
                "Early help in PPR",
                Money.of("3000000"),
                TestPools.budget(2017, "3000000"),
                "new-methods",
                new ContactPerson("Kim Jensen", "kim@odense.dk", null),
                new Actor("odense", Role.APPLICANT, "municipality:461"),
                Instant.parse("2017-03-24T10:59:59Z"));
        String stored = json.writeValueAsString(plain).replace(",\"attachments\":[]", "");
        assertThat(stored).doesNotContain("attachments");
        assertThat(json.readValue(stored, ApplicationSubmitted.class).attachments())
                .isEmpty();

        Attachment budget = new Attachment(
                "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                "budget.pdf",
                "application/pdf",
                1234,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        ApplicationSubmitted attached = new ApplicationSubmitted(
                plain.poolId(),
                plain.applicationId(),
                plain.round(),
                plain.applicant(),
                plain.projectTitle(),
                plain.amountRequested(),
                plain.budget(),
                plain.activityCategory(),
                plain.contact(),
                plain.submittedBy(),
                plain.submittedAt(),
                null,
                null,
                List.of(),
                null,
                null,
                List.of(budget));
        assertThat(json.readValue(json.writeValueAsString(attached), ApplicationSubmitted.class))
                .isEqualTo(attached);
    }

    @Test
    void amounts_arrive_as_numbers_or_strings() {
        assertThat(json.readValue("12.30", Money.class)).isEqualTo(Money.of("12.30"));
        assertThat(json.readValue("\"12.30\"", Money.class)).isEqualTo(Money.of("12.30"));
    }
}
