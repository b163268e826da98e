package dk.pulje.spring.security;

import dk.pulje.shared.common.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The production way in: a JWT from the organisation's OIDC provider
 * ({@code spring.security.oauth2.resourceserver.jwt.*}). Its {@code roles} claim names Pulje roles (e.g.
 * {@code ["APPLICANT"]}), {@code organisation} the applicant key an applicant acts for ({@code municipality:751},
 * {@code cvr:29189986}), and {@code preferred_username} (else {@code sub}) who it is. A name that is not a Pulje role
 * a person may hold (Pulje's own {@code SYSTEM} is none) gives no right, so it is refused 403 where a right is needed.
 */
public final class BearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLES = "roles";
    public static final String ORGANISATION = "organisation";

    private static final Set<String> GRANTABLE = EnumSet.complementOf(EnumSet.of(Role.SYSTEM)).stream()
            .map(Role::name)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name =
                jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities(jwt.getClaims().get(ROLES)), name);
    }

    /**
     * The rights a {@code roles} claim gives, by the same rule wherever a token is read (the API's bearer tokens,
     * the portal's OIDC sign-in).
     */
    public static List<GrantedAuthority> authorities(Object rolesClaim) {
        return roles(rolesClaim).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    private static List<String> roles(Object claim) {
        Collection<?> names = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        return names.stream()
                .filter(GRANTABLE::contains)
                .map(String.class::cast)
                .distinct()
                .toList();
    }
}
