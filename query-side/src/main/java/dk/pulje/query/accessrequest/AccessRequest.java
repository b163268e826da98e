package dk.pulje.query.accessrequest;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;

/**
 * A request for access to an application's documents (aktindsigt), as agency staff record it: who asked, and why the
 * export is made (say, the request's date and case number). Both are required; nothing is read before they are given.
 */
record AccessRequest(Requester requester, String reason) {

    private static final Pattern APPLICANT_KEY = Pattern.compile("(municipality|cvr):[0-9A-Za-z-]{1,20}");

    /**
     * Who asked: a name as the request gives it (an organisation, or a person), and, when the requester asks for an
     * organisation that may be a party, its applicant key ({@code municipality:751}, {@code cvr:12345678}); without
     * one the requester is a third party.
     */
    record Requester(
            @Schema(example = "Aarhus Kommune") String name,

            @Schema(example = "municipality:751", nullable = true)
            String organisation) {}

    /** The request once its parts are checked: a requester with a name, a well-formed key if any, and a reason. */
    AccessRequest checked() {
        if (requester == null) {
            throw new InvalidValue("requester.missing", "A request for access names its requester");
        }
        String name = Text.required(requester.name(), "The requester's name", 200);
        String organisation =
                requester.organisation() == null || requester.organisation().isBlank()
                        ? null
                        : requester.organisation().strip();
        if (organisation != null && !APPLICANT_KEY.matcher(organisation).matches()) {
            throw new InvalidValue(
                    "requester.organisation",
                    "The requester's organisation is an applicant key such as municipality:751 or cvr:12345678");
        }
        return new AccessRequest(
                new Requester(name, organisation), Reason.required(reason, "An export for access to documents"));
    }
}
