package dk.pulje.query.portal;

import dk.pulje.spring.security.BearerTokens;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who signed in to the portal through the OIDC provider, read as the command side reads a bearer token: the ID token's
 * (and user info's) {@code roles} give the Pulje roles by the same rule ({@link BearerTokens#authorities}), its
 * {@code organisation} the organisation an applicant acts for, and {@code preferred_username} (else {@code sub}) the
 * name recorded with a draft's changes. The provider states them in the ID token as in the access token.
 */
final class OidcApplicants implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        List<GrantedAuthority> authorities =
                BearerTokens.authorities(user.getAttributes().get(BearerTokens.ROLES));
        String name = user.getAttribute(StandardClaimNames.PREFERRED_USERNAME) != null
                ? StandardClaimNames.PREFERRED_USERNAME
                : StandardClaimNames.SUB;
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), name);
    }
}
