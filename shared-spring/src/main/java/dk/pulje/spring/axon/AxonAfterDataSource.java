package dk.pulje.spring.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;

/**
 * Orders Axon's JDBC and transaction auto-configuration after Spring Boot's data source and transaction manager.
 * Axon 4.13 names Spring Boot 3's classes for that order, which Spring Boot 4 moved; without this Axon sees no
 * data source, so it configures no event store and runs its units of work without transactions.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        beforeName = {
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"
        })
public class AxonAfterDataSource {}
