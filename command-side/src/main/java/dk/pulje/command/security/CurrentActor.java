package dk.pulje.command.security;

import dk.pulje.shared.application.Signature;
import dk.pulje.shared.common.Actor;
import dk.pulje.spring.security.SignedIn;
import java.time.Clock;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the signed-in user as an {@link Actor} (who, in which role, for which organisation) and,
 * for someone acting for an organisation, their {@link Signature}.
 */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

    private final SignedIn signedIn;
    private final Clock clock;

    CurrentActor(SignedIn signedIn, Clock clock) {
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == Signature.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
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
            String assurance = token.hasClaim("acr")
                    ? token.getClaimAsString("acr")
                    : token.hasClaim("amr") ? String.join(" ", token.getClaimAsStringList("amr")) : null;
            return new Signature(
                    actor.userId(),
                    actor.organisation(),
                    Signature.IdentifiedBy.OIDC,
                    token.getIssuer() == null ? null : token.getIssuer().toString(),
                    assurance,
                    clock.instant());
        }
        return new Signature(
                actor.userId(),
                actor.organisation(),
                Signature.IdentifiedBy.DEMO_PASSWORD,
                null,
                null,
                clock.instant());
    }

    private Actor actor() {
        Authentication authentication = SignedIn.authentication();
        return new Actor(
                authentication.getName(), signedIn.role(authentication), signedIn.organisation(authentication));
    }
}
