package dk.pulje.query.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

    /** Readers and everything else write at once; only the projections hold their writes ({@link ProjectionJdbc}). */
    @Bean
    @Primary
    NamedParameterJdbcTemplate namedParameterJdbcTemplate(JdbcTemplate jdbc) {
        return new NamedParameterJdbcTemplate(jdbc);
    }
}
