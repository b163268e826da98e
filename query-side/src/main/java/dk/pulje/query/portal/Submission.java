package dk.pulje.query.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete draft as the command API's SubmitApplication request, the draft's id as the application's. */
final class Submission {

    private Submission() {}

    static Map<String, Object> of(Draft draft, String organisation) {
        DraftContent content = draft.content();
        Map<String, Object> applicant = new LinkedHashMap<>();
        if (organisation.startsWith("municipality:")) {
            applicant.put("kind", "MUNICIPALITY");
            applicant.put("municipality", organisation.substring("municipality:".length()));
        } else {
            applicant.put("kind", content.applicantKind());
            applicant.put("name", content.applicantName());
            applicant.put("cvr", organisation.substring("cvr:".length()));
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", content.contactName());
        contact.put("email", content.contactEmail());
        if (content.contactPhone() != null) {
            contact.put("phone", content.contactPhone());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", draft.draftId());
        request.put("applicant", applicant);
        request.put("projectTitle", content.projectTitle());
        request.put("amountRequested", content.amountRequested());
        request.put("budget", content.budget());
        request.put("activityCategory", content.activityCategory());
        request.put("contact", contact);
        if (!content.budgetLines().isEmpty()) {
            request.put("budgetLines", content.budgetLines());
        }
        if (!content.answers().isEmpty()) {
            request.put("answers", content.answers());
        }
        if (!content.attachments().isEmpty()) {
            request.put(
                    "attachments",
                    content.attachments().stream()
                            .map(DraftContent.DraftAttachment::documentId)
                            .toList());
        }
        return request;
    }
}
