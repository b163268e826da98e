package dk.pulje.command.pool;

import dk.pulje.shared.pool.PoolId;
import java.util.Set;

/**
 * The applicants holding a grant from an earlier pool, for a pool's priority rule: a port, so the pool that ranks asks
 * the earlier pool itself (see {@link PoolGrantees}) and a test can answer for it.
 */
interface EarlierGrantees {

    /** The applicant keys (a joint application's lead's) holding a grant from {@code pool} that has not lapsed. */
    Set<String> of(PoolId pool);
}
