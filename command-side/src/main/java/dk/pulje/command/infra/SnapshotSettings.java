package dk.pulje.command.infra;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param poolThreshold events after which a pool is snapshotted
 */
@Validated
@ConfigurationProperties("pulje.snapshots")
record SnapshotSettings(@DefaultValue("250") @Min(1) int poolThreshold) {}
