package dk.pulje.command.security;

import dk.pulje.shared.application.Signature;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Role;
import dk.pulje.spring.security.BearerTokens;
import dk.pulje.spring.security.PuljeUsers;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives controller methods the signed-in user as an {@link Actor} (who, in which role, for which organisation) and,
 * for someone acting for an organisation, their {@link Signature}.
 */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

    private final Map<String, PuljeUsers.UserEntry> users;
    private final Clock clock;

    CurrentActor(PuljeUsers configured, Clock clock) {
        this.clock = clock;
        this.users = configured.users().stream()
                .collect(Collectors.toMap(PuljeUsers.UserEntry::name, Function.identity()));
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == Signature.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Actor actor = actor();
        return parameter.getParameterType() == Actor.class ? actor : signature(actor);
    }

    /**
     * The signature of whoever is signed in, for the organisation they act for: from an OIDC token, its issuer and
     * the assurance it states ({@code acr}, else {@code amr}); from a demo password, just that.
     */
    private Signature signature(Actor actor) {
        if (actor.organisation() == null) {
            return null;
        }
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken bearer) {
            Jwt token = bearer.getToken();
            String assurance = token.hasClaim("acr") ? token.getClaimAsString("acr")
                    : token.hasClaim("amr") ? String.join(" ", token.getClaimAsStringList("amr")) : null;
            return new Signature(actor.userId(), actor.organisation(), Signature.IdentifiedBy.OIDC,
                    token.getIssuer() == null ? null : token.getIssuer().toString(), assurance, clock.instant());
        }
        return new Signature(actor.userId(), actor.organisation(), Signature.IdentifiedBy.DEMO_PASSWORD, null, null,
                clock.instant());
    }

    private Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Role role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> Role.valueOf(authority.substring("ROLE_".length())))
                .findFirst()
                .orElseThrow();
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return new Actor(authentication.getName(), role,
                    bearer.getToken().getClaimAsString(BearerTokens.ORGANISATION));
        }
        PuljeUsers.UserEntry user = users.get(authentication.getName());
        return new Actor(authentication.getName(), role, user == null ? null : user.organisation());
    }
}
