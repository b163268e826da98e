package dk.pulje.query.audit;

import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class PersonalDataAccessController {

    private final PersonalDataReads reads;

    PersonalDataAccessController(PersonalDataReads reads) {
        this.reads = reads;
    }

    @Operation(
            summary = "The access log of personal data: whose data (the person's subject) each answer showed, to "
                    + "whom, in which role, when and through which request, newest first; of one person (subject) or of the "
                    + "reads of one application's history (applicationId)")
    @Allowed(AUDITOR)
    @GetMapping("/audit/personal-data-access")
    List<PersonalDataReads.Access> personalDataAccess(
            @RequestParam(required = false) @Size(max = 64) String subject,
            @RequestParam(required = false) @Size(max = 64) String applicationId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return reads.log(subject, applicationId, limit);
    }
}
