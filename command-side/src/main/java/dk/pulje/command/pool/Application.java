package dk.pulje.command.pool;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An application as the pool needs it to decide: an immutable entity of the Pool aggregate, replaced as its
 * events are sourced. {@code partners} are those named at submission; {@code confirmed} and {@code declined} hold
 * the applicant keys of the partners that have decided on their part, {@code removed} those the lead removed before
 * they confirmed.
 */
record Application(ApplicationId id, int round, Applicant applicant, Money amountRequested, BudgetByYear budget,
                   BudgetLines budgetLines, ApplicationStatus status, Set<String> assessors, List<Integer> scores,
                   List<Applicant> partners, Set<String> confirmed, Set<String> declined,
                   Set<String> removed) {

    Application {
        budgetLines = budgetLines == null ? BudgetLines.of(null) : budgetLines;
        partners = partners == null ? List.of() : List.copyOf(partners);
        confirmed = confirmed == null ? Set.of() : Set.copyOf(confirmed);
        declined = declined == null ? Set.of() : Set.copyOf(declined);
        removed = removed == null ? Set.of() : Set.copyOf(removed);
    }

    static Application submitted(ApplicationId id, int round, Applicant applicant, Money amountRequested,
                                 BudgetByYear budget, BudgetLines budgetLines, List<Applicant> partners) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines,
                ApplicationStatus.SUBMITTED, Set.of(), List.of(), partners, Set.of(), Set.of(), Set.of());
    }

    /** The lead and the confirmed partners: every party "one active application per round" holds for. */
    Stream<Applicant> parties() {
        return Stream.concat(Stream.of(applicant), partners.stream().filter(p -> confirmed.contains(p.key())));
    }

    /** The partners still in the partnership: named, neither declined nor removed. */
    List<Applicant> partnership() {
        return partners.stream().filter(p -> !declined.contains(p.key()) && !removed.contains(p.key())).toList();
    }

    /** The partners still in the partnership that have not confirmed their part. */
    List<Applicant> awaitingConfirmation() {
        return partnership().stream().filter(p -> !confirmed.contains(p.key())).toList();
    }

    Optional<Applicant> partner(String applicantKey) {
        return partners.stream().filter(p -> p.key().equals(applicantKey)).findFirst();
    }

    /** Whether the partner's part is settled: it confirmed or declined, or the lead removed it. */
    boolean hasDecided(Applicant partner) {
        return confirmed.contains(partner.key()) || declined.contains(partner.key()) || removed.contains(partner.key());
    }

    /** How the partner's part was settled, in words for a refusal's detail. */
    String decisionOf(Applicant partner) {
        return confirmed.contains(partner.key()) ? "confirmed its part"
                : declined.contains(partner.key()) ? "declined its part" : "been removed by the lead";
    }

    Application confirmedBy(Applicant partner) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, status, assessors, scores,
                partners, plus(confirmed, partner.key()), declined, removed);
    }

    Application declinedBy(Applicant partner) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, status, assessors, scores,
                partners, confirmed, plus(declined, partner.key()), removed);
    }

    Application withoutPartner(Applicant partner) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, status, assessors, scores,
                partners, confirmed, declined, plus(removed, partner.key()));
    }

    private static Set<String> plus(Set<String> keys, String key) {
        Set<String> more = new HashSet<>(keys);
        more.add(key);
        return more;
    }

    /** The amended request; amendments stored before they carried budget lines kept the lines as they were. */
    Application withRequest(Money amount, BudgetByYear newBudget, BudgetLines newLines) {
        return new Application(id, round, applicant, amount, newBudget, newLines == null ? budgetLines : newLines,
                status, assessors, scores, partners, confirmed, declined, removed);
    }

    Application withStatus(ApplicationStatus newStatus) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, newStatus, assessors,
                scores, partners, confirmed, declined, removed);
    }

    Application assessedBy(String assessor, ApplicationStatus newStatus, Integer score) {
        Set<String> allAssessors = new HashSet<>(assessors);
        allAssessors.add(assessor);
        List<Integer> allScores = score == null ? scores : Stream.concat(scores.stream(), Stream.of(score)).toList();
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, newStatus,
                Set.copyOf(allAssessors), allScores, partners, confirmed, declined, removed);
    }

    void requireStatus(String change, ApplicationStatus... allowed) {
        if (List.of(allowed).contains(status)) {
            return;
        }
        throw new ApplicationNotInState("Application " + id + " is " + status + ": it cannot be " + change);
    }
}
