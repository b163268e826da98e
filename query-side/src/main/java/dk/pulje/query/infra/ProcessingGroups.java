package dk.pulje.query.infra;

import java.util.Set;

/**
 * The projections' processing groups, one per read model. Each is a pooled streaming processor of the same name
 * (configured in application.yml); endpoints name the groups they read from.
 */
public final class ProcessingGroups {

    public static final String PROGRAMME_OVERVIEW = "programme-overview";
    public static final String POOL_OVERVIEW = "pool-overview";
    public static final String POOL_APPLICATIONS = "pool-applications";
    public static final String POOL_DECISIONS = "pool-decisions";
    public static final String ASSESSMENTS = "assessments";
    public static final String ALLOCATIONS = "allocations";
    public static final String DECISION_FIGURES = "decision-figures";
    public static final String GRANTS = "grants";
    public static final String MEETINGS = "meetings";
    public static final String DECISIONS = "decisions";
    /** Not a read model: the e-mail outbox, one segment so events are told in order, never reset or replayed. */
    public static final String NOTIFICATIONS = "notifications";
    /** Not a read model: the hash chain over the event store, one segment, never reset or replayed. */
    public static final String EVENT_CHAIN = "event-chain";

    /**
     * The groups that keep no read model, never reset or replayed: the hash chain's links are evidence, and the
     * outbox's e-mails were told once.
     */
    public static final Set<String> NOT_READ_MODELS = Set.of(EVENT_CHAIN, NOTIFICATIONS);

    private ProcessingGroups() {}
}
