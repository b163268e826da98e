package dk.pulje.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pulje's command side: the REST command API in front of the aggregates. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

    public static void main(String[] args) {
        System.setProperty("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
