package dk.pulje.command.pool;

import dk.pulje.shared.pool.AllocatedAward;
import java.util.List;

/** An allocation awaiting approval: its number, its awards, who proposed it and why. */
record ProposedAllocation(int number, List<AllocatedAward> awards, String proposedBy, String reason) {}
