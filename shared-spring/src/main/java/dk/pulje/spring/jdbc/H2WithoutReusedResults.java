package dk.pulje.spring.jdbc;

import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Opens every H2 database with {@code OPTIMIZE_REUSE_RESULTS=FALSE}. H2 otherwise keeps a subquery's result between
 * runs of one statement while the subquery's parameters stay the same, even after the statement itself changed the
 * table: an insert-if-absent ({@code INSERT … SELECT … WHERE NOT EXISTS}) run a second time for one row in a batch
 * inserts it again and fails as a duplicate key, and the batch's event is parked. PostgreSQL is not affected.
 */
public final class H2WithoutReusedResults implements BeanPostProcessor {

    static final String SETTING = "OPTIMIZE_REUSE_RESULTS=FALSE";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            properties.setUrl(url(properties.getUrl()));
        }
        return bean;
    }

    /** The URL with the setting added where it names an H2 database that does not set it already. */
    public static String url(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains("OPTIMIZE_REUSE_RESULTS")) {
            return url;
        }
        return url + ";" + SETTING;
    }
}
