package dk.pulje.query.dashboard;

import dk.pulje.query.audit.HistoryEntry;
import dk.pulje.query.audit.Provenance;
import dk.pulje.shared.pool.PoolId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A page of a pool's audit trail on the dashboard, newest first, as a reader of a log expects: the events before the
 * sequence {@code before}, and where the older and the newer pages begin. Only the page's events are read, from the
 * event store, however long the pool's stream is.
 *
 * @param entries the page's events, newest first
 * @param first   the sequence of the page's oldest event
 * @param last    the sequence of the page's newest event
 * @param total   how many events the pool's stream holds
 * @param older   the {@code before} of the next older page; null when this page holds the first event
 * @param newer   whether newer events exist
 * @param newerBefore the {@code before} of the next newer page; null when that page is the newest
 */
record AuditTrail(
        List<HistoryEntry> entries, long first, long last, long total, Long older, boolean newer, Long newerBefore) {

    static AuditTrail of(Provenance provenance, PoolId poolId, Long before, int size) {
        long total = provenance.lastSequence(poolId).map(last -> last + 1).orElse(0L);
        long end = before == null ? total : Math.min(before, total);
        long start = Math.max(0, end - size);
        List<HistoryEntry> entries = new ArrayList<>(provenance.entries(poolId, start, (int) (end - start)));
        Collections.reverse(entries);
        return new AuditTrail(
                entries,
                start,
                end - 1,
                total,
                start > 0 ? start : null,
                end < total,
                end + size < total ? end + size : null);
    }
}
