package dk.pulje.command.meeting;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param registrationsPerOrganisation how many registrations (seated and waiting together) one organisation may hold
 *                                     for one information meeting
 */
@Validated
@ConfigurationProperties("pulje.meetings")
record MeetingSettings(
        @DefaultValue("" + RegistrationLimit.DEFAULT) @Min(1)
        int registrationsPerOrganisation) {}
