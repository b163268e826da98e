package dk.pulje.command.document;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * ClamAV's clamd, which scans every upload when {@code host} is set (docker compose); none scans in the embedded run.
 *
 * @param host    clamd's host; unset: no scanning
 * @param port    clamd's TCP port
 * @param timeout how long to wait for clamd to connect and answer
 */
@Validated
@ConfigurationProperties("pulje.documents.clamav")
record ScannerSettings(
        String host,
        @DefaultValue("3310") int port,
        @DefaultValue("30s") @NotNull Duration timeout) {}
