package dk.pulje.command.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How decision letters are written.
 *
 * @param agency                 who signs the letters (the agency that runs the pools)
 * @param reconsiderationPeriod  how long after its letter a decision may be asked to be reconsidered (4 weeks)
 * @param complaintBody          where a complaint about a decision goes once it is upheld; the agency sets its own
 * @param templates              a directory of the agency's own templates ({@code <language>/grant.txt},
 *                               {@code <language>/rejection.txt}); a template found there replaces the built-in one
 * @param language               the language letters are written in ({@code da}, or {@code en})
 */
@Validated
@ConfigurationProperties("pulje.letters")
public record LetterSettings(
        @DefaultValue("Social- og Boligstyrelsen") @NotBlank String agency,
        @DefaultValue("P4W") @NotNull Period reconsiderationPeriod,
        @DefaultValue("Ankestyrelsen") @NotBlank String complaintBody,
        Path templates,
        @DefaultValue("da") @NotBlank String language) {}
