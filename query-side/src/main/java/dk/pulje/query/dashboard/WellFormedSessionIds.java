package dk.pulje.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;

/**
 * A dashboard session cookie counts only when it names a session id as Spring Session makes them (a UUID). Any other
 * value, decoded from Base64 into arbitrary bytes, went to the database as it was: on PostgreSQL a NUL in it failed
 * the query and answered 500 where a sign-in page was due.
 */
@Configuration(proxyBeanMethods = false)
class WellFormedSessionIds {

    private static final Pattern SESSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Bean
    static BeanPostProcessor onlyWellFormedSessionIds() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof CookieSerializer cookies ? new Checked(cookies) : bean;
            }
        };
    }

    private record Checked(CookieSerializer cookies) implements CookieSerializer {

        @Override
        public void writeCookieValue(CookieValue cookieValue) {
            cookies.writeCookieValue(cookieValue);
        }

        @Override
        public List<String> readCookieValues(HttpServletRequest request) {
            return cookies.readCookieValues(request).stream()
                    .filter(id -> SESSION_ID.matcher(id).matches())
                    .toList();
        }
    }
}
