package dk.pulje.query.audit;

import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.application.PartnershipStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.RepaymentReceived;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolAmendmentRefused;
import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.pool.PoolView.PendingAmendment;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;

/**
 * A pool and its applications re-derived from the pool's events alone, in order: the auditor's second path to
 * the state the read models show, used to answer "as of" an instant and to recompute an audit package offline.
 */
public final class PoolFold {

    private PoolId poolId;
    private ProgrammeId programmeId;
    private PoolStatus status;
    private Money budget;
    private Money awarded = Money.ZERO;
    private Money returnedToPool = Money.ZERO;
    private Money returnedToState = Money.ZERO;
    private Money paid = Money.ZERO;
    private Money repaid = Money.ZERO;
    private int rulesVersion;
    private PoolTerms terms;
    private PoolPlanning planned;
    private PendingAmendment pendingAmendment;
    private final Map<ApplicationId, ApplicationView> applications = new LinkedHashMap<>();

    public void apply(Object event) {
        if (event instanceof PoolDrafted drafted) {
            poolId = drafted.poolId();
            programmeId = drafted.programmeId();
            status = PoolStatus.DRAFT;
            budget = drafted.budget();
            terms = drafted.terms();
            rulesVersion = 1;
        } else if (event instanceof PoolAnnounced announced) {
            status = PoolStatus.ANNOUNCED;
            planned = announced.planned();
        } else if (event instanceof PoolPublished published) {
            status = PoolStatus.PUBLISHED;
            rulesVersion = published.rulesVersion();
            if (published.rounds() != null) {
                terms = terms.withRounds(published.rounds());
            }
        } else if (event instanceof PoolAmended amended) {
            budget = amended.budget();
            terms = amended.applyTo(terms);
            rulesVersion = amended.rulesVersion();
            pendingAmendment = null;
        } else if (event instanceof PoolAmendmentProposed proposed) {
            pendingAmendment = PendingAmendment.of(proposed);
        } else if (event instanceof PoolAmendmentRefused) {
            pendingAmendment = null;
        } else if (event instanceof PoolClosed) {
            status = PoolStatus.CLOSED;
        } else if (event instanceof ApplicationSubmitted submitted) {
            applications.put(submitted.applicationId(), ApplicationView.submitted(submitted));
        } else {
            applyToApplication(event);
        }
    }

    private void applyToApplication(Object event) {
        if (event instanceof ApplicationAmended amended) {
            change(
                    amended.applicationId(),
                    a -> a.withRequest(amended.amountRequested(), amended.activityCategory(), amended.budgetLines())
                            .withAnswers(amended.answers(), amended.formVersion()));
        } else if (event instanceof ApplicationWithdrawn withdrawn) {
            change(withdrawn.applicationId(), a -> a.withStatus(ApplicationStatus.WITHDRAWN));
        } else if (event instanceof ApplicationScreened screened) {
            change(
                    screened.applicationId(),
                    a -> a.withStatus(
                            screened.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.NOT_ELIGIBLE));
        } else if (event instanceof ApplicationScored scored) {
            change(scored.applicationId(), a -> a.withScore(scored.score()));
        } else if (event instanceof GrantAwarded award) {
            awarded = awarded.plus(award.amount());
            change(award.applicationId(), a -> a.awarded(award.amount()));
        } else if (event instanceof PartnershipConfirmed confirmed) {
            change(
                    confirmed.applicationId(),
                    a -> a.withPartnership(confirmed.partner().key(), PartnershipStatus.CONFIRMED));
        } else if (event instanceof PartnershipDeclined declined) {
            change(
                    declined.applicationId(),
                    a -> a.withPartnership(declined.partner().key(), PartnershipStatus.DECLINED));
        } else if (event instanceof PartnerRemoved removed) {
            change(
                    removed.applicationId(),
                    a -> a.withPartnership(removed.partner().key(), PartnershipStatus.REMOVED));
        } else if (event instanceof ApplicationRejected rejected) {
            change(rejected.applicationId(), a -> a.withStatus(ApplicationStatus.REJECTED));
        } else if (event instanceof AwardChanged changed) {
            awarded = awarded.plus(changed.amount()).minus(changed.previousAmount());
            change(changed.applicationId(), a -> a.awarded(changed.amount()));
        } else if (event instanceof AwardReleased released) {
            awarded = awarded.minus(released.amount());
            if (released.returnsTo() == ReturnsTo.STATE) {
                returnedToState = returnedToState.plus(released.amount());
            } else {
                returnedToPool = returnedToPool.plus(released.amount());
            }
        } else if (event instanceof DisbursementRecorded disbursement) {
            paid = paid.plus(disbursement.amount());
        } else if (event instanceof RepaymentReceived repayment) {
            repaid = repaid.plus(repayment.amount());
        }
    }

    private void change(ApplicationId id, UnaryOperator<ApplicationView> change) {
        applications.computeIfPresent(id, (key, application) -> change.apply(application));
    }

    public Optional<PoolView> pool() {
        if (poolId == null) {
            return Optional.empty();
        }
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus each : ApplicationStatus.values()) {
            counts.put(each, 0);
        }
        applications.values().forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return Optional.of(new PoolView(
                poolId,
                programmeId,
                status,
                budget,
                awarded,
                budget.minus(awarded).minus(returnedToState),
                rulesVersion,
                terms,
                counts,
                paid,
                repaid,
                planned,
                pendingAmendment,
                returnedToPool,
                returnedToState));
    }

    Optional<ApplicationView> application(ApplicationId applicationId) {
        return Optional.ofNullable(applications.get(applicationId));
    }

    /** The applications awarded a grant: the grants whose events tell what the pool has paid. */
    List<GrantId> grants() {
        return applications.values().stream()
                .filter(a -> a.amountAwarded() != null)
                .map(a -> GrantId.of(a.applicationId()))
                .toList();
    }

    /** Folds the events that happened at or before {@code asOf}. */
    static PoolFold of(List<? extends EventMessage<?>> events, Instant asOf) {
        PoolFold fold = new PoolFold();
        fold.add(events, asOf);
        return fold;
    }

    /** Folds more events, e.g. those of the pool's grants, that happened at or before {@code asOf}. */
    PoolFold add(List<? extends EventMessage<?>> events, Instant asOf) {
        for (EventMessage<?> event : events) {
            if (!event.getTimestamp().isAfter(asOf)) {
                apply(event.getPayload());
            }
        }
        return this;
    }
}
