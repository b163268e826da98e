package dk.pulje.spring.security;

import dk.pulje.shared.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Authorizes a request by what its controller method declares, {@link Allowed} or {@link Public}, looked up before
 * the request reaches the controller (as the dispatcher will find it), so a refused call is 403 (401 when not signed
 * in) and its body is never read. A request no controller method answers, or one whose method declares nothing, is
 * refused: deny by default.
 */
public final class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    /** Resolved on the first request: resolving it through the bean factory on every request took a twentieth of it. */
    private volatile RequestMappingHandlerMapping mapping;

    private final Map<Method, Optional<AuthorizationManager<RequestAuthorizationContext>>> byMethod =
            new ConcurrentHashMap<>();

    public EndpointAuthorization(ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HandlerMethod handler = handlerOf(context.getRequest());
        if (handler == null) {
            return DENIED;
        }
        return byMethod.computeIfAbsent(handler.getMethod(), EndpointAuthorization::declaredFor)
                .map(rule -> rule.authorize(authentication, context))
                .orElse(DENIED);
    }

    private static Optional<AuthorizationManager<RequestAuthorizationContext>> declaredFor(Method method) {
        if (AnnotatedElementUtils.hasAnnotation(method, Public.class)) {
            return Optional.of((authentication, context) -> GRANTED);
        }
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(method, Allowed.class);
        if (allowed == null) {
            return Optional.empty();
        }
        return Optional.of(AuthorityAuthorizationManager.hasAnyRole(
                Arrays.stream(allowed.value()).map(Role::name).toArray(String[]::new)));
    }

    /** The controller method the dispatcher will call, looked up without leaving traces on the request. */
    private HandlerMethod handlerOf(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mapping();
        if (mapping == null) {
            return null;
        }
        HttpServletRequest lookup = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(lookup);
        try {
            HandlerExecutionChain chain = mapping.getHandler(lookup);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
        } catch (Exception noSuchEndpoint) {
            // A method the path does not answer (405), a type it does not produce (406): nothing to allow.
            return null;
        }
    }

    private RequestMappingHandlerMapping mapping() {
        RequestMappingHandlerMapping resolved = mapping;
        if (resolved == null) {
            resolved = handlers.getIfAvailable();
            mapping = resolved;
        }
        return resolved;
    }

    /** Keeps what the lookup writes into request attributes to itself. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
