package dk.pulje.command.pool;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An application as the pool needs it to decide: an immutable entity of the Pool aggregate, replaced as its
 * events are sourced.
 */
record Application(ApplicationId id, int round, Applicant applicant, Money amountRequested, BudgetByYear budget,
                   BudgetLines budgetLines, ApplicationStatus status, Set<String> assessors, List<Integer> scores,
                   List<Applicant> partners) {

    Application {
        budgetLines = budgetLines == null ? BudgetLines.of(null) : budgetLines;
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    static Application submitted(ApplicationId id, int round, Applicant applicant, Money amountRequested,
                                 BudgetByYear budget, BudgetLines budgetLines, List<Applicant> partners) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines,
                ApplicationStatus.SUBMITTED, Set.of(), List.of(), partners);
    }

    /** The lead and the partners: every party "one active application per round" holds for. */
    Stream<Applicant> parties() {
        return Stream.concat(Stream.of(applicant), partners.stream());
    }

    /** The amended request; amendments stored before they carried budget lines kept the lines as they were. */
    Application withRequest(Money amount, BudgetByYear newBudget, BudgetLines newLines) {
        return new Application(id, round, applicant, amount, newBudget, newLines == null ? budgetLines : newLines,
                status, assessors, scores, partners);
    }

    Application withStatus(ApplicationStatus newStatus) {
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, newStatus, assessors,
                scores, partners);
    }

    Application assessedBy(String assessor, ApplicationStatus newStatus, Integer score) {
        Set<String> allAssessors = new HashSet<>(assessors);
        allAssessors.add(assessor);
        List<Integer> allScores = score == null ? scores : Stream.concat(scores.stream(), Stream.of(score)).toList();
        return new Application(id, round, applicant, amountRequested, budget, budgetLines, newStatus,
                Set.copyOf(allAssessors), allScores, partners);
    }

    void requireStatus(String change, ApplicationStatus... allowed) {
        if (List.of(allowed).contains(status)) {
            return;
        }
        throw new ApplicationNotInState("Application " + id + " is " + status + ": it cannot be " + change);
    }
}
