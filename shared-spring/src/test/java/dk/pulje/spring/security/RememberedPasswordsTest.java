package dk.pulje.spring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return encodedPassword.equals(encode(rawPassword));
        }
    };
    private final RememberedPasswords passwords = new RememberedPasswords(counting);

    @Test
    void a_matching_password_is_checked_by_the_encoder_once() {
        assertThat(passwords.matches("demo", "hash:demo")).isTrue();
        assertThat(passwords.matches("demo", "hash:demo")).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_checked_every_time_and_never_matches() {
        passwords.matches("demo", "hash:demo");
        assertThat(passwords.matches("guess", "hash:demo")).isFalse();
        assertThat(passwords.matches("guess", "hash:demo")).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void a_remembered_password_does_not_match_a_changed_hash() {
        passwords.matches("demo", "hash:demo");
        assertThat(passwords.matches("demo", "hash:other")).isFalse();
    }
}
