package dk.pulje.shared.pool;

import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.ProgrammeId;

import java.util.Map;

/**
 * A pool's overview: its terms, its money and how many applications stand in each status. {@code awarded} counts
 * the grants in force (a lapsed grant's money returns to {@code remaining}); {@code paid} is what its grants have
 * been paid and {@code repaid} what was paid back on repayment claims. {@code planned} are the dates it was announced
 * with, if it was.
 */
public record PoolView(PoolId poolId,
                       ProgrammeId programmeId,
                       PoolStatus status,
                       Money budget,
                       Money awarded,
                       Money remaining,
                       int rulesVersion,
                       PoolTerms terms,
                       Map<ApplicationStatus, Integer> applicationsByStatus,
                       Money paid,
                       Money repaid,
                       PoolPlanning planned) {
}
