package dk.pulje.command.pool;

import dk.pulje.command.application.Application;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PriorityRule;
import dk.pulje.shared.pool.RankedApplication;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks a pool's eligible, assessed and undecided applications for an allocation and explains the ranking: the
 * pool's priority rule first (applicants without a grant from the earlier pool ahead of those with one), then the
 * weighted score, highest first; equal on both, the earlier submission ranks first, and each such tie is told.
 */
final class AllocationRankings {

    private AllocationRankings() {}

    private record Candidate(Application application, BigDecimal score, Boolean priority, String priorityReason) {}

    /**
     * The ranking of {@code applications} under {@code terms}, with {@code awards} marked; {@code earlierGrantees}: the
     * applicant keys holding a grant from the pool the priority rule names; {@code leftOut}: why applications the
     * ranking would have awarded are not, told first among the notes.
     */
    static AllocationRanking of(
            PoolTerms terms,
            Collection<Application> applications,
            List<AllocatedAward> awards,
            Set<String> earlierGrantees,
            List<String> leftOut) {
        PriorityRule rule = terms.priority();
        List<Candidate> candidates = new ArrayList<>();
        List<String> unassessed = new ArrayList<>();
        for (Application application : applications) {
            if (application.status() != ApplicationStatus.ELIGIBLE) {
                continue;
            }
            BigDecimal score = application.rankingScore(terms.assessmentRules()).orElse(null);
            if (score == null) {
                unassessed.add(application.id().toString());
                continue;
            }
            candidates.add(candidate(application, score, rule, earlierGrantees));
        }
        candidates.sort(order());
        Map<String, Money> proposed =
                awards.stream().collect(Collectors.toMap(a -> a.applicationId().toString(), AllocatedAward::amount));
        List<RankedApplication> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Application application = candidate.application();
            ranked.add(new RankedApplication(
                    ranked.size() + 1,
                    application.id(),
                    application.applicant(),
                    candidate.score(),
                    candidate.priority(),
                    candidate.priorityReason(),
                    application.amountRequested(),
                    proposed.get(application.id().toString())));
        }
        return new AllocationRanking(
                ranked,
                rule == null ? null : rule.wording(),
                ties(candidates, rule != null),
                notes(ranked, unassessed.stream().sorted().toList(), leftOut, awards.size(), terms.expectedGrantees()));
    }

    private static Candidate candidate(
            Application application, BigDecimal score, PriorityRule rule, Set<String> earlierGrantees) {
        if (rule == null) {
            return new Candidate(application, score, null, null);
        }
        boolean granted = earlierGrantees.contains(application.applicant().key());
        String name = application.applicant().name();
        return new Candidate(
                application,
                score,
                !granted,
                name + (granted ? " has a grant" : " has no grant") + " from pool " + rule.earlierPool());
    }

    /** Priority first (where there is a rule), the highest score, the earlier submission, then the id. */
    private static Comparator<Candidate> order() {
        Comparator<Candidate> byPriority = Comparator.comparing(c -> Boolean.TRUE.equals(c.priority()) ? 0 : 1);
        return byPriority
                .thenComparing(Candidate::score, Comparator.reverseOrder())
                .thenComparing(c -> c.application().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.application().id().toString());
    }

    /** Each run of candidates equal on priority and score, and how it was resolved. */
    private static List<String> ties(List<Candidate> candidates, boolean withPriority) {
        Map<String, List<Candidate>> runs = candidates.stream()
                .collect(Collectors.groupingBy(
                        c -> c.priority() + "/" + c.score().toPlainString(), LinkedHashMap::new, Collectors.toList()));
        List<String> ties = new ArrayList<>();
        for (List<Candidate> run : runs.values()) {
            if (run.size() < 2) {
                continue;
            }
            Candidate first = run.get(0);
            String among = withPriority
                    ? (Boolean.TRUE.equals(first.priority()) ? " among those with priority" : " among those without")
                    : "";
            ties.add("Weighted score " + first.score().toPlainString() + among + " is shared by "
                    + run.stream().map(AllocationRankings::named).collect(Collectors.joining(", "))
                    + "; the earlier submission ranks first, so they stand in that order");
        }
        return ties;
    }

    private static String named(Candidate candidate) {
        Application application = candidate.application();
        return application.id() + " (" + application.applicant().name() + ", submitted " + application.submittedAt()
                + ")";
    }

    private static List<String> notes(
            List<RankedApplication> ranked,
            List<String> unassessed,
            List<String> leftOut,
            int awards,
            ExpectedGrantees expected) {
        List<String> notes = new ArrayList<>(leftOut);
        if (!unassessed.isEmpty()) {
            notes.add(unassessed.size() + " eligible application(s) not assessed as the pool asks are not ranked: "
                    + String.join(", ", unassessed));
        }
        int lowestProposed = ranked.stream()
                .filter(r -> r.proposed() != null)
                .mapToInt(RankedApplication::rank)
                .max()
                .orElse(0);
        ranked.stream()
                .filter(r -> r.proposed() == null && r.rank() < lowestProposed)
                .forEach(r -> notes.add("Application " + r.applicationId() + " ranked " + r.rank()
                        + " is passed over while lower-ranked applications are proposed"));
        if (expected != null) {
            notes.add(awards + " award(s); the pool expects " + expected.minimum() + "–" + expected.maximum()
                    + " grantees" + (awards < expected.minimum() ? ", so this is fewer than expected" : ""));
        }
        return notes;
    }

    /** The total of {@code awards}. */
    static Money total(List<AllocatedAward> awards) {
        return awards.stream().map(AllocatedAward::amount).reduce(Money.ZERO, Money::plus);
    }
}
