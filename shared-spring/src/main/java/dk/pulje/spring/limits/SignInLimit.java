package dk.pulje.spring.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a name and password (HTTP Basic and the dashboard's login form alike) only while neither the client
 * address nor the name has had too many failed sign-ins ({@link FailedSignIns}); past that, it refuses with
 * {@link TooManySignIns} before the password is checked, so a guess costs no bcrypt. Only a wrong password counts.
 * The address is read from the request at hand, which Spring's request context holds for the whole request.
 */
public final class SignInLimit implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final FailedSignIns failed;
    private final ClientAddress addresses;
    private final boolean off;

    SignInLimit(AuthenticationProvider passwords, RequestLimitSettings settings) {
        this.passwords = passwords;
        this.failed = new FailedSignIns(settings.failedSignIns(), settings.maxClients());
        this.addresses = new ClientAddress(settings.trustedProxies());
        this.off = settings.failedSignIns().off();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (off) {
            return passwords.authenticate(attempt);
        }
        String address = address();
        String name = SignedInLimit.user(String.valueOf(attempt.getName()));
        Duration wait = failed.waitBefore(address, name);
        if (!wait.isZero()) {
            throw new TooManySignIns(wait);
        }
        try {
            return passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            failed.failed(address, name);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String address() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request instanceof ServletRequestAttributes servlet) {
            HttpServletRequest sent = servlet.getRequest();
            return addresses.of(sent);
        }
        return "";
    }
}
