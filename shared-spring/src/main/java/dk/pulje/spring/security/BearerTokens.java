package dk.pulje.spring.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * The production way in: a JWT from the organisation's OIDC provider
 * ({@code spring.security.oauth2.resourceserver.jwt.*}). Its {@code roles} claim names Pulje roles (e.g.
 * {@code ["APPLICANT"]}), {@code organisation} the applicant key an applicant acts for ({@code municipality:751},
 * {@code cvr:29189986}), and {@code preferred_username} (else {@code sub}) who it is.
 */
public final class BearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLES = "roles";
    public static final String ORGANISATION = "organisation";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> roles = jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : List.of();
        String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList(), name);
    }
}
