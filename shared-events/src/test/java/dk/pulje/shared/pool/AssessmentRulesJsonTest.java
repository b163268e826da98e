package dk.pulje.shared.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.programme.ProgrammeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Criteria and assessments as stored: exact weights and scores survive, and terms stored before criteria have none. */
class AssessmentRulesJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Decision decision =
            new Decision("mette", Role.POOL_MANAGER, Instant.parse("2017-03-30T09:00:00Z"), "Consensus meeting");
    private final AssessmentRules rules = new AssessmentRules(
            List.of(
                    new AssessmentCriterion("purpose", "Formål", Map.of("en", "Purpose"), new BigDecimal("33.33"), 5),
                    new AssessmentCriterion("feasibility", "Gennemførlighed", null, new BigDecimal("66.67"), 5)),
            2);

    @Test
    void a_pool_drafted_with_criteria_round_trips_with_exact_weights() {
        PoolDrafted drafted = new PoolDrafted(
                PoolId.of("pool-1"),
                ProgrammeId.of("prog-1"),
                Money.millions("24.9"),
                TestPools.earlyPreventiveEffort2017().withAssessment(rules),
                decision);

        String text = json.writeValueAsString(drafted);

        assertThat(text).contains("\"weight\":33.33", "\"minimumAssessors\":2");
        assertThat(json.readValue(text, PoolDrafted.class)).isEqualTo(drafted);
    }

    @Test
    void terms_and_amendments_stored_before_criteria_existed_read_as_having_none() {
        PoolTerms terms = TestPools.earlyPreventiveEffort2017();
        PoolAmended amended = new PoolAmended(
                PoolId.of("pool-1"), Money.millions("24.9"), Money.millions("25"), terms.rounds(), 2, decision, null);

        String storedTerms = json.writeValueAsString(terms);
        String storedAmendment = json.writeValueAsString(amended);

        assertThat(storedTerms).doesNotContain("assessment");
        assertThat(storedAmendment).doesNotContain("assessment");
        assertThat(json.readValue(storedTerms, PoolTerms.class).assessmentRules())
                .isEqualTo(AssessmentRules.NONE);
        assertThat(json.readValue(storedAmendment, PoolAmended.class).assessment())
                .isNull();
    }

    @Test
    void assessments_and_consensus_keep_their_weighted_scores_exact() {
        List<CriterionScore> scores = List.of(
                new CriterionScore("purpose", 4, "Clear aim"), new CriterionScore("feasibility", 3, "Thin plan"));
        ApplicationAssessed assessed = new ApplicationAssessed(
                PoolId.of("pool-1"), ApplicationId.of("app-1"), scores, rules.weighted(scores), 1, decision);
        ConsensusRecorded consensus = new ConsensusRecorded(
                PoolId.of("pool-1"),
                ApplicationId.of("app-1"),
                scores,
                rules.weighted(scores),
                List.of("birgit", "carl"),
                1,
                decision);

        // 33.33 × 4 + 66.67 × 3
        assertThat(rules.weighted(scores)).isEqualByComparingTo("333.33");
        assertThat(json.readValue(json.writeValueAsString(assessed), ApplicationAssessed.class))
                .isEqualTo(assessed);
        assertThat(json.readValue(json.writeValueAsString(consensus), ConsensusRecorded.class))
                .isEqualTo(consensus);
    }
}
