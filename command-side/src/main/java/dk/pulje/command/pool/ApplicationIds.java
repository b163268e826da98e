package dk.pulje.command.pool;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;

/** Keeps application ids unique across pools (a set no single pool can check on its own). */
interface ApplicationIds {

    /** Claims {@code applicationId} for {@code poolId} in the submitting transaction; refuses an id used before. */
    void claim(ApplicationId applicationId, PoolId poolId);
}
