package dk.pulje.spring.security;

import dk.pulje.shared.common.Role;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is signed in: their role, and the organisation they act for, from an OIDC token's {@code organisation} claim
 * (a bearer token's, or the ID token's of a portal sign-in through an OIDC provider) or from the configured user.
 */
public class SignedIn {

    private final Map<String, PuljeUsers.UserEntry> users;

    public SignedIn(PuljeUsers configured) {
        this.users =
                configured.users().stream().collect(Collectors.toMap(PuljeUsers.UserEntry::name, Function.identity()));
    }

    public static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    public Role role(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> Role.valueOf(authority.substring("ROLE_".length())))
                .findFirst()
                .orElseThrow();
    }

    /** The applicant key the user acts for (e.g. {@code municipality:751}); null for staff. */
    public String organisation(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return bearer.getToken().getClaimAsString(BearerTokens.ORGANISATION);
        }
        if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal oidcUser) {
            Object organisation = oidcUser.getAttribute(BearerTokens.ORGANISATION);
            return organisation == null ? null : organisation.toString();
        }
        PuljeUsers.UserEntry user = users.get(authentication.getName());
        return user == null ? null : user.organisation();
    }

    /**
     * For an applicant signed in now, the organisation whose applications and grants alone they may read (empty text
     * for an applicant bound to none, who reads nothing); empty for everyone else, who reads them all.
     */
    public Optional<String> applicantOrganisation() {
        Authentication authentication = authentication();
        if (authentication == null || role(authentication) != Role.APPLICANT) {
            return Optional.empty();
        }
        String organisation = organisation(authentication);
        return Optional.of(organisation == null ? "" : organisation);
    }
}
