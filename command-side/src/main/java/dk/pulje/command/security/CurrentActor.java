package dk.pulje.command.security;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gives controller methods the signed-in user as an {@link Actor}: who, in which role, for which organisation. */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

    private final Map<String, PuljeUsers.UserEntry> users;

    CurrentActor(PuljeUsers configured) {
        this.users = configured.users().stream()
                .collect(Collectors.toMap(PuljeUsers.UserEntry::name, Function.identity()));
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binderFactory) {
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
