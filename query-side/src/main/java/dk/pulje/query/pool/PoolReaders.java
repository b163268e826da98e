package dk.pulje.query.pool;

import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.spring.security.SignedIn;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What of a pool the signed-in reader sees. Staff and auditors see every pool with an amendment awaiting its second
 * signature; a dashboard viewer sees every pool but not the proposal (who proposed it and why); an applicant, or
 * anyone else, sees no draft and no proposal, only what has taken effect.
 */
final class PoolReaders {

    private static final Set<Role> STAFF =
            EnumSet.of(Role.POOL_MANAGER, Role.ASSESSOR, Role.APPROVER, Role.FINANCE_OFFICER, Role.AUDITOR);

    private PoolReaders() {}

    static Optional<PoolView> shown(PoolView pool) {
        if (has(STAFF)) {
            return Optional.of(pool);
        }
        if (pool.status() == PoolStatus.DRAFT && !has(EnumSet.of(Role.DASHBOARD_VIEWER))) {
            return Optional.empty();
        }
        return Optional.of(pool.pendingAmendment() == null ? pool : pool.withoutPendingAmendment());
    }

    /** Read from the authorities, so that a role this version does not know sees the least. */
    private static boolean has(Set<Role> roles) {
        Authentication reader = SignedIn.authentication();
        return reader != null
                && reader.isAuthenticated()
                && reader.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(
                                authority -> roles.stream().anyMatch(role -> authority.equals("ROLE_" + role.name())));
    }
}
