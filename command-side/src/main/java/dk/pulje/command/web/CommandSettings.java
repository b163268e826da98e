package dk.pulje.command.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param attempts tries of a command that loses an optimistic-locking race before it is answered 409
 */
@Validated
@ConfigurationProperties("pulje.commands")
record CommandSettings(@DefaultValue("5") @Min(1) int attempts) {}
