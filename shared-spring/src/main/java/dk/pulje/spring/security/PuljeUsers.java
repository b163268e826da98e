package dk.pulje.spring.security;

import dk.pulje.shared.common.Role;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users who may sign in with HTTP Basic. Passwords are bcrypt hashes; the demo profile ships demo users
 * (see the README), other profiles none.
 */
@ConfigurationProperties("pulje.security")
public record PuljeUsers(List<UserEntry> users) {

    public PuljeUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** {@code organisation} is the applicant key an applicant acts for, e.g. {@code municipality:751}. */
    public record UserEntry(String name, String password, Role role, String organisation) {}
}
