package dk.pulje.spring.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request limits of both apps: per address before the password check, in front of every filter; per signed-in
 * user after it, inside the security filter chains; and failed sign-ins, where names and passwords are checked (the
 * one way they are checked: Spring Security takes this provider in place of its own).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimitSettings.class)
public class RequestLimits {

    @Bean
    AddressLimit addressLimit(RequestLimitSettings settings, JsonMapper json) {
        return new AddressLimit(settings, json);
    }

    @Bean
    SignedInLimit signedInLimit(RequestLimitSettings settings, JsonMapper json) {
        return new SignedInLimit(settings, json);
    }

    /** Not in front of every filter as well, where nobody is signed in yet. */
    @Bean
    FilterRegistrationBean<SignedInLimit> signedInLimitOnlyInTheSecurityChains(SignedInLimit limit) {
        FilterRegistrationBean<SignedInLimit> registration = new FilterRegistrationBean<>(limit);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SignInLimit signInLimit(UserDetailsService users, PasswordEncoder passwords, RequestLimitSettings settings) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(passwords);
        return new SignInLimit(checked, settings);
    }
}
