package dk.pulje.command.programme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.FundInitiativeDirectly;
import dk.pulje.shared.programme.InitiativeFundedDirectly;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme owns one invariant in three forms: what its pools and directly funded initiatives hold never adds up
 * to more than its envelope, nor in any finance year to more than that year's envelope, nor in a track to more than
 * the track's own budget.
 */
@Aggregate(cache = "programmeCache")
class Programme {

    /** What one pool or initiative holds of the envelope. */
    private record Share(String track, Money amount, FinanceYears years) {}

    @AggregateIdentifier
    private ProgrammeId programmeId;

    private Money envelope;
    private FinanceYears yearlyEnvelopes = FinanceYears.NONE;
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<PoolId, Share> pools = new HashMap<>();
    private final Map<String, Share> initiatives = new HashMap<>();

    Programme() {}

    @CommandHandler
    Programme(EstablishProgramme command, Clock clock) {
        apply(new ProgrammeEstablished(
                command.programmeId(),
                command.name(),
                command.envelope(),
                Decision.by(command.actor(), clock.instant(), command.reason()),
                command.years(),
                command.tracks()));
    }

    @CommandHandler
    void handle(FundInitiativeDirectly command, Clock clock) {
        if (initiatives.containsKey(command.initiativeId())) {
            throw new AlreadyExists(
                    "The programme funds an initiative with the id " + command.initiativeId() + " already");
        }
        requireRoomFor(null, command.initiativeId(), new Share(command.track(), command.amount(), command.years()));
        apply(new InitiativeFundedDirectly(
                programmeId,
                command.initiativeId(),
                command.name(),
                command.track(),
                command.amount(),
                command.years(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /** Sets part of the envelope aside for a new pool, in a track and in finance years where they are given. */
    void allocate(
            PoolId poolId, Money budget, String track, FinanceYears years, Actor actor, Instant now, String reason) {
        if (pools.containsKey(poolId)) {
            throw new EnvelopeExceeded("Pool " + poolId + " already has its budget from this programme");
        }
        FinanceYears inYears = years == null ? FinanceYears.NONE : years;
        requireRoomFor(poolId, null, new Share(track, budget, inYears));
        apply(new PoolBudgetAllocated(programmeId, poolId, budget, Decision.by(actor, now, reason), track, inYears));
    }

    /**
     * Moves a pool's share of the envelope to its amended budget; a raise goes to the pool's last finance year, a
     * cut comes off its last years first.
     */
    void reallocate(PoolId poolId, Money budget, Actor actor, Instant now, String reason) {
        Share previous = pools.get(poolId);
        Share amended = new Share(previous.track(), budget, previous.years().resizedTo(budget));
        requireRoomFor(poolId, null, amended);
        apply(new PoolBudgetReallocated(
                programmeId, poolId, previous.amount(), budget, Decision.by(actor, now, reason), amended.years()));
    }

    /** Whether the shares, with {@code share} added or put in place of the pool's or initiative's, still fit. */
    private void requireRoomFor(PoolId poolId, String initiativeId, Share share) {
        if (share.track() != null && !tracks.containsKey(share.track())) {
            throw new UnknownTrack(
                    "The programme has no track " + share.track() + "; its tracks are " + tracks.keySet());
        }
        if (!yearlyEnvelopes.isEmpty() && share.years().isEmpty()) {
            throw new FinanceYearsMismatch("The programme's envelope is split by finance year "
                    + yearlyEnvelopes.years().keySet() + "; say in which years the " + share.amount() + " kr. belong");
        }
        if (yearlyEnvelopes.isEmpty() && !share.years().isEmpty()) {
            throw new FinanceYearsMismatch(
                    "The programme's envelope is not split by finance year; leave the years out");
        }
        for (Integer year : share.years().years().keySet()) {
            if (!yearlyEnvelopes.years().containsKey(year)) {
                throw new FinanceYearsMismatch("The programme has no envelope for finance year " + year
                        + "; its years are " + yearlyEnvelopes.years().keySet());
            }
        }
        Map<PoolId, Share> poolsAfter = new HashMap<>(pools);
        Map<String, Share> initiativesAfter = new HashMap<>(initiatives);
        if (poolId != null) {
            poolsAfter.put(poolId, share);
        } else {
            initiativesAfter.put(initiativeId, share);
        }
        Money total = Money.ZERO;
        FinanceYears byYear = FinanceYears.NONE;
        Map<String, Money> byTrack = new HashMap<>();
        for (Share held : concat(poolsAfter, initiativesAfter)) {
            total = total.plus(held.amount());
            byYear = byYear.plus(held.years());
            if (held.track() != null) {
                byTrack.merge(held.track(), held.amount(), Money::plus);
            }
        }
        if (total.isGreaterThan(envelope)) {
            throw new EnvelopeExceeded("The pools and initiatives would hold " + total
                    + " kr. of the programme's envelope of " + envelope + " kr.");
        }
        for (Integer year : share.years().years().keySet()) {
            if (byYear.in(year).isGreaterThan(yearlyEnvelopes.in(year))) {
                throw new EnvelopeExceeded("The pools and initiatives would hold " + byYear.in(year)
                        + " kr. of finance year " + year + "'s envelope of " + yearlyEnvelopes.in(year) + " kr.");
            }
        }
        Track track = share.track() == null ? null : tracks.get(share.track());
        if (track != null && track.budget() != null && byTrack.get(track.code()).isGreaterThan(track.budget())) {
            throw new EnvelopeExceeded("The pools and initiatives of track " + track.code() + " would hold "
                    + byTrack.get(track.code()) + " kr. of its budget of " + track.budget() + " kr.");
        }
    }

    private static Iterable<Share> concat(Map<PoolId, Share> pools, Map<String, Share> initiatives) {
        return Stream.concat(pools.values().stream(), initiatives.values().stream())::iterator;
    }

    @EventSourcingHandler
    void on(ProgrammeEstablished event) {
        programmeId = event.programmeId();
        envelope = event.envelope();
        yearlyEnvelopes = event.years();
        event.tracks().forEach(track -> tracks.put(track.code(), track));
    }

    @EventSourcingHandler
    void on(PoolBudgetAllocated event) {
        pools.put(event.poolId(), new Share(event.track(), event.budget(), event.years()));
    }

    @EventSourcingHandler
    void on(PoolBudgetReallocated event) {
        Share previous = pools.get(event.poolId());
        pools.put(event.poolId(), new Share(previous.track(), event.budget(), event.years()));
    }

    @EventSourcingHandler
    void on(InitiativeFundedDirectly event) {
        initiatives.put(event.initiativeId(), new Share(event.track(), event.amount(), event.years()));
    }
}
