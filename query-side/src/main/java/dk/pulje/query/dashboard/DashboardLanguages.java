package dk.pulje.query.dashboard;

import dk.pulje.query.web.Formats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The dashboard and the applicant portal speak Danish and English: {@code ?lang=da} or {@code ?lang=en} chooses, a cookie remembers the
 * choice, and without one the browser's preferred language among the two is taken, else Danish.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLanguages implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("pulje-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : Formats.supported(locale));
            }
        };
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(DashboardLanguages::preferred);
        return resolver;
    }

    /** Without an {@code Accept-Language} header the servlet offers the server's own locale, not the reader's. */
    private static Locale preferred(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Formats.DANISH;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            for (Locale language : Formats.LANGUAGES) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return Formats.DANISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/dashboard/**", "/dashboard", "/portal/**", "/portal");
    }
}
