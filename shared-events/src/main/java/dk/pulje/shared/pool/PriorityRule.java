package dk.pulje.shared.pool;

import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;

/**
 * Applicants without a grant from an earlier pool go first (the pool of 6 February 2017 did so for its 2016
 * predecessor). Whether an application has priority is derived from the earlier pool's events when it is assessed.
 */
public record PriorityRule(PoolId earlierPool, String wording) {

    public PriorityRule {
        if (earlierPool == null) {
            throw new InvalidValue("priority.pool", "A priority rule names the earlier pool");
        }
        wording = Text.required(wording, "A priority rule's wording", 500);
    }

    /**
     * The rule's verdict on an applicant (for a joint application, its lead): priority unless it holds a grant from
     * the earlier pool that has not lapsed. The same words now and as of any instant.
     */
    public ApplicationView.Priority verdict(String applicantName, boolean holdsEarlierGrant) {
        return holdsEarlierGrant
                ? new ApplicationView.Priority(false, applicantName + " has a grant from pool " + earlierPool)
                : new ApplicationView.Priority(true, applicantName + " has no grant from pool " + earlierPool);
    }
}
