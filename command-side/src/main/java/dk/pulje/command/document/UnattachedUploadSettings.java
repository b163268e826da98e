package dk.pulje.command.document;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Uploads no application or report attached: kept a while, so a draft can be finished, then deleted.
 *
 * @param keptFor    how long after its upload a document no submission or report attached is kept
 * @param checkEvery how often one node looks for such uploads and deletes them
 */
@Validated
@ConfigurationProperties("pulje.documents.unattached")
record UnattachedUploadSettings(
        @DefaultValue("7d") @NotNull @DurationMin(minutes = 1)
        Duration keptFor,

        @DefaultValue("1h") @NotNull @DurationMin(millis = 100)
        Duration checkEvery) {}
