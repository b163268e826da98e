package dk.pulje.shared.programme;

import dk.pulje.shared.common.Money;
import java.util.List;

/**
 * A programme's envelope and how it is used: {@code allocated} is the sum of its pools' budgets,
 * {@code awarded} what the grants awarded from them still hold, {@code paid} and {@code repaid} what their grants
 * were paid and paid back; money no longer awarded (lapsed grants, closed grants' unpaid rest, repayments) is
 * {@code returnedToPools} (available to the pools again) or {@code returnedToState} (back to the treasury), as each
 * pool's terms say. {@code directlyFunded} is what its initiatives get without a pool;
 * {@code unallocated} what neither pools nor initiatives hold. {@code years} are its yearly envelopes,
 * {@code tracks} its parts, {@code initiatives} its directly funded initiatives.
 */
public record ProgrammeView(
        ProgrammeId programmeId,
        String name,
        Money envelope,
        Money allocated,
        Money unallocated,
        Money awarded,
        int pools,
        Money paid,
        Money repaid,
        Money directlyFunded,
        List<YearView> years,
        List<TrackView> tracks,
        List<InitiativeView> initiatives,
        Money returnedToPools,
        Money returnedToState) {

    /** A finance year's envelope and what pools and initiatives hold of it. */
    public record YearView(int year, Money envelope, Money held) {}

    /** A track, its own budget (null when it has none) and what pools and initiatives in it hold. */
    public record TrackView(String code, String name, Money budget, Money held) {}

    /** An initiative funded directly, not through a pool. */
    public record InitiativeView(String initiativeId, String name, String track, Money amount) {}
}
