package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** A meeting about a pool that is still a draft: the meeting would make the pool known before it is announced. */
class PoolNotPublic extends Refusal {

    PoolNotPublic(String detail) {
        super("pool-state", Kind.CONFLICT, detail);
    }
}
