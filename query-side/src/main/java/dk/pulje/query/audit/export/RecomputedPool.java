package dk.pulje.query.audit.export;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pool's final state folded from the events of an audit package alone, with no read model or server: its status,
 * budget, what it has awarded and has left, and how many applications stand in each status.
 */
public final class RecomputedPool {

    private PoolStatus status;
    private Money budget = Money.ZERO;
    private Money awarded = Money.ZERO;
    private final Map<ApplicationId, ApplicationStatus> applications = new HashMap<>();

    void apply(Object event) {
        if (event instanceof PoolDrafted drafted) {
            status = PoolStatus.DRAFT;
            budget = drafted.budget();
        } else if (event instanceof PoolPublished) {
            status = PoolStatus.PUBLISHED;
        } else if (event instanceof PoolAmended amended) {
            budget = amended.budget();
        } else if (event instanceof PoolClosed) {
            status = PoolStatus.CLOSED;
        } else if (event instanceof ApplicationSubmitted submitted) {
            applications.put(submitted.applicationId(), ApplicationStatus.SUBMITTED);
        } else if (event instanceof ApplicationWithdrawn withdrawn) {
            applications.replace(withdrawn.applicationId(), ApplicationStatus.WITHDRAWN);
        } else if (event instanceof ApplicationScreened screened) {
            applications.replace(screened.applicationId(),
                    screened.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.NOT_ELIGIBLE);
        } else if (event instanceof GrantAwarded award) {
            awarded = awarded.plus(award.amount());
            applications.replace(award.applicationId(), ApplicationStatus.AWARDED);
        } else if (event instanceof ApplicationRejected rejected) {
            applications.replace(rejected.applicationId(), ApplicationStatus.REJECTED);
        }
    }

    public PoolStatus status() {
        return status;
    }

    public Money budget() {
        return budget;
    }

    public Money awarded() {
        return awarded;
    }

    public Money remaining() {
        return budget.minus(awarded);
    }

    /** Every status, with 0 where no application stands in it. */
    public Map<ApplicationStatus, Integer> applicationsByStatus() {
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus each : ApplicationStatus.values()) {
            counts.put(each, 0);
        }
        applications.values().forEach(each -> counts.merge(each, 1, Integer::sum));
        return counts;
    }

    String describe() {
        return "status " + status + ", budget " + budget + ", awarded " + awarded + ", remaining " + remaining()
                + "\napplications " + applicationsByStatus().entrySet().stream()
                .map(count -> count.getKey() + " " + count.getValue()).collect(Collectors.joining(", "));
    }
}
