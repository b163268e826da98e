package dk.pulje.command.application;

import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an application asks of the pool it belongs to: the pool's state, rounds and terms, and who holds a place in a
 * round. The pool implements it and refuses with its own refusals; the application never sees the pool's fields.
 */
public interface PoolRules {

    PoolId poolId();

    /** The version of the pool's rules a decision is taken under. */
    int rulesVersion();

    /** Refuses the change unless the pool is in one of the states. */
    void requireStatus(String change, PoolStatus... allowed);

    /** Refuses a change to an application of the round once the round's deadline has passed. */
    void requireBeforeDeadline(int round, Instant now);

    /** Refuses a request the pool's terms do not fund: its category, limits and project period. */
    void checkRequest(Money amount, BudgetByYear budget, String category);

    /** Refuses budget lines that do not keep the pool's earmarks. */
    void checkEarmarks(BudgetLines lines);

    /**
     * Refuses answers that do not fit the pool's application form, or that answer a file question with a document
     * not among {@code attached} (the application's attachments' ids).
     */
    void checkAnswers(Map<String, String> answers, List<String> attached);

    /** The criteria the pool's applications are scored on and how many assess each. */
    AssessmentRules assessmentRules();

    /** Whether the applicant holds a place in the round already (one active application per applicant per round). */
    boolean hasActiveApplication(int round, String applicantKey);
}
