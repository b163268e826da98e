package dk.pulje.spring;

import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The keys personal data is sealed with, on both apps alike.
 *
 * @param masterKey          wraps each person's key (Base64, 256 bits), the same on every node of both apps; kept out
 *                           of the database. Without one neither app starts (the demo profile brings a published one)
 * @param previousMasterKeys while the master key is rotated: the previous ones, which still open what they wrapped
 * @param keyCache           how long a node remembers a person's key, and how long the query side's projections share
 *                           a stretch of events one of them read; an erasure reaches other nodes within it
 */
@Validated
@ConfigurationProperties("pulje.personal-data")
public record PersonalDataSettings(
        @DefaultValue("") String masterKey,
        @DefaultValue List<String> previousMasterKeys,
        @DefaultValue("10s") @DurationMin(millis = 0) Duration keyCache) {

    public PersonalDataSettings {
        previousMasterKeys =
                previousMasterKeys.stream().filter(key -> !key.isBlank()).toList();
    }
}
