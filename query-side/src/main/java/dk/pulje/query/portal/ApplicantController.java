package dk.pulje.query.portal;

import static dk.pulje.shared.common.Role.APPLICANT;

import dk.pulje.query.grant.GrantQueries;
import dk.pulje.query.web.NotFound;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.FindPools;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.spring.documents.DocumentSettings;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's own pages, signed in as someone of an organisation: its drafts and applications, a draft that
 * colleagues edit together, its submission through SubmitApplication on the command side, the receipt, and the
 * sign-up for an information meeting. Every draft is read and written only for the organisation the applicant acts
 * for; another organisation's draft is "not found".
 */
@Hidden
@Controller
@RequestMapping("/portal")
class ApplicantController {

    private final PortalPages pages;
    private final Drafts drafts;
    private final CommandApi commands;
    private final RelayedSignIn relayed;
    private final SignedIn signedIn;
    private final QueryGateway queries;
    private final GrantQueries grants;
    private final long maxBytes;

    ApplicantController(
            PortalPages pages,
            Drafts drafts,
            CommandApi commands,
            RelayedSignIn relayed,
            SignedIn signedIn,
            QueryGateway queries,
            GrantQueries grants,
            DocumentSettings documents) {
        this.pages = pages;
        this.drafts = drafts;
        this.commands = commands;
        this.relayed = relayed;
        this.signedIn = signedIn;
        this.queries = queries;
        this.grants = grants;
        this.maxBytes = documents.maxBytes().toBytes();
    }

    @ModelAttribute
    void everyPage(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
        if (user != null) {
            model.addAttribute("organisation", organisation());
        }
    }

    @Allowed(APPLICANT)
    @GetMapping("/applications")
    String mine(Locale locale, Model model) {
        String organisation = organisation();
        List<ApplicationView> applications = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (PoolView pool : queries.query(new FindPools(), ResponseTypes.multipleInstancesOf(PoolView.class))
                .join()) {
            if (pool.status() == PoolStatus.DRAFT) {
                continue;
            }
            titles.put(
                    pool.poolId().value(), pool.terms().in(locale.getLanguage()).title());
            applications.addAll(queries.query(
                            new FindApplications(pool.poolId(), null, organisation, 0, 200), ApplicationPage.class)
                    .join()
                    .items());
        }
        model.addAttribute("drafts", drafts.of(organisation));
        model.addAttribute("grants", grants.grants(null, null, organisation));
        model.addAttribute("applications", applications);
        model.addAttribute("titles", titles);
        return "portal/mine";
    }

    @Allowed(APPLICANT)
    @PostMapping("/pools/{poolId}/drafts")
    String start(@PathVariable PoolId poolId, Authentication user) {
        PoolView pool = pages.pool(poolId);
        if (pool.status() != PoolStatus.PUBLISHED) {
            throw new NotFound("Pool " + poolId + " takes no applications");
        }
        return "redirect:/portal/drafts/" + drafts.start(poolId, organisation(), user.getName());
    }

    @Allowed(APPLICANT)
    @GetMapping("/drafts/{draftId}")
    String draft(@PathVariable String draftId, Locale locale, Model model) {
        Draft draft = draft(draftId);
        return show(draft, DraftForm.valuesOf(draft.content(), locale), Map.of(), null, locale, model);
    }

    @Allowed(APPLICANT)
    @PostMapping("/drafts/{draftId}")
    String save(
            @PathVariable String draftId,
            @RequestParam MultiValueMap<String, String> posted,
            Authentication user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Draft draft = draft(draftId);
        PoolView pool = pages.pool(draft.poolId());
        DraftForm form = DraftForm.read(posted, pool.terms(), byCvr());
        if (!form.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(draft, form.values(), form.errors(), "draft.error.summary", locale, model);
        }
        if (!drafts.save(draftId, organisation(), version(posted), form.content(), user.getName())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(draft(draftId), form.values(), Map.of(), "draft.error.changed", locale, model);
        }
        return "redirect:/portal/drafts/" + draftId + "?saved";
    }

    @Allowed(APPLICANT)
    @PostMapping("/drafts/{draftId}/submission")
    String submit(
            @PathVariable String draftId,
            Authentication user,
            HttpServletRequest request,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Draft draft = draft(draftId);
        if (draft.submitted()) {
            return "redirect:/portal/drafts/" + draftId + "/receipt";
        }
        PoolView pool = pages.pool(draft.poolId());
        if (!draft.content()
                .missing(DraftForm.earmarks(pool.terms()), byCvr(), pool.terms().applicationForm())
                .isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(
                    draft,
                    DraftForm.valuesOf(draft.content(), locale),
                    Map.of(),
                    "draft.error.incomplete",
                    locale,
                    model);
        }
        Optional<String> authorization = relayed.authorization(request, response);
        if (authorization.isEmpty()) {
            return "redirect:" + relayed.signInAgain();
        }
        CommandApi.Answer answer = commands.post(
                "/pools/" + draft.poolId() + "/applications",
                Submission.of(draft, organisation()),
                authorization.get(),
                Optional.of("portal-draft-" + draftId));
        // The draft's id is the application's: a second submission of the same draft, by a colleague at the same
        // time, finds the application there and makes no second one.
        if (answer.accepted() || answer.problem().equals("already-exists")) {
            drafts.submitted(draftId, organisation(), draftId, user.getName());
            return "redirect:/portal/drafts/" + draftId + "/receipt";
        }
        response.setStatus(answer.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : answer.status());
        model.addAttribute("refusal", answer.detail());
        model.addAttribute("refusalType", answer.problem());
        return show(
                draft,
                DraftForm.valuesOf(draft.content(), locale),
                Map.of(),
                answer.status() >= 500 ? "draft.error.unavailable" : "draft.error.refused",
                locale,
                model);
    }

    /**
     * Uploads a document for the draft through the command side's {@code POST /documents}, as the signed-in
     * applicant: the command side checks its size, type and content and stores it; the draft keeps the reference. A
     * refusal is shown on the page, and nothing is stored or kept.
     */
    @Allowed(APPLICANT)
    @PostMapping("/drafts/{draftId}/attachments")
    String attach(
            @PathVariable String draftId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication user,
            HttpServletRequest request,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Draft draft = draft(draftId);
        if (draft.submitted()) {
            return "redirect:/portal/drafts/" + draftId + "/receipt";
        }
        String refused = null;
        if (file == null || file.isEmpty()) {
            refused = "document-missing";
        } else if (file.getSize() > maxBytes) {
            refused = "document-too-large";
        } else if (draft.content().attachments().size() >= Attachment.MOST) {
            refused = "too-many-attachments";
        }
        if (refused != null) {
            response.setStatus(
                    refused.equals("document-too-large")
                            ? HttpStatus.CONTENT_TOO_LARGE.value()
                            : HttpStatus.BAD_REQUEST.value());
            return attachmentRefused(draft, refused, null, "draft.error.attachment", locale, model);
        }
        Optional<String> authorization = relayed.authorization(request, response);
        if (authorization.isEmpty()) {
            return "redirect:" + relayed.signInAgain();
        }
        CommandApi.Answer answer =
                commands.upload("/documents", Uploaded.fileName(file), Uploaded.content(file), authorization.get());
        if (!answer.accepted()) {
            response.setStatus(answer.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : answer.status());
            return attachmentRefused(
                    draft,
                    answer.problem(),
                    answer.detail(),
                    answer.status() >= 500 && answer.problem().isEmpty()
                            ? "draft.error.unavailable"
                            : "draft.error.attachment",
                    locale,
                    model);
        }
        DraftContent.DraftAttachment attachment = new DraftContent.DraftAttachment(
                answer.body().path("documentId").asString(),
                answer.body().path("sha256").asString(),
                answer.body().path("mediaType").asString(),
                answer.body().path("size").asLong(),
                answer.body().path("fileName").asString());
        if (!drafts.attach(draftId, organisation(), attachment, user.getName())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(
                    draft(draftId),
                    DraftForm.valuesOf(draft.content(), locale),
                    Map.of(),
                    "draft.error.changed",
                    locale,
                    model);
        }
        return "redirect:/portal/drafts/" + draftId + "?attached#attachments";
    }

    @Allowed(APPLICANT)
    @PostMapping("/drafts/{draftId}/attachments/{documentId}/removal")
    String detach(@PathVariable String draftId, @PathVariable String documentId, Authentication user) {
        Draft draft = draft(draftId);
        drafts.detach(draftId, organisation(), documentId, user.getName());
        return "redirect:/portal/drafts/" + draft.draftId() + "#attachments";
    }

    private String attachmentRefused(
            Draft draft, String refusalType, String detail, String message, Locale locale, Model model) {
        model.addAttribute("refusal", detail);
        model.addAttribute("refusalType", refusalType);
        return show(draft, DraftForm.valuesOf(draft.content(), locale), Map.of(), message, locale, model);
    }

    @Allowed(APPLICANT)
    @GetMapping("/drafts/{draftId}/receipt")
    String receipt(@PathVariable String draftId, Locale locale, Model model) {
        Draft draft = draft(draftId);
        if (!draft.submitted()) {
            throw new NotFound("Draft " + draftId + " is not submitted");
        }
        PoolView pool = pages.pool(draft.poolId());
        model.addAttribute("draft", draft);
        model.addAttribute("pool", pages.publicView(pool, locale));
        return "portal/receipt";
    }

    @Allowed(APPLICANT)
    @PostMapping("/meetings/{meetingId}/registrations")
    String register(
            @PathVariable String meetingId,
            @RequestParam String poolId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            HttpServletRequest request,
            HttpServletResponse response) {
        PoolId pool = pages.pool(PoolId.of(poolId)).poolId();
        Optional<String> authorization = relayed.authorization(request, response);
        if (authorization.isEmpty()) {
            return "redirect:" + relayed.signInAgain();
        }
        Map<String, String> attendee = new LinkedHashMap<>();
        attendee.put("name", name.strip());
        attendee.put("email", email.strip());
        if (!phone.isBlank()) {
            attendee.put("phone", phone.strip());
        }
        CommandApi.Answer answer = commands.post(
                "/meetings/" + meetingId + "/registrations",
                Map.of("attendee", attendee),
                authorization.get(),
                Optional.empty());
        String outcome = answer.accepted() ? "registered=" + meetingId : "refused=" + meetingId + why(answer);
        return "redirect:/portal/pools/" + pool + "?" + outcome + "#meetings";
    }

    /**
     * Accepts one of the organisation's grants through AcceptGrant on the command side, with the budget lines of its
     * application; the command side refuses another organisation's grant and one past its acceptance deadline.
     */
    @Allowed(APPLICANT)
    @PostMapping("/grants/{grantId}/acceptance")
    String accept(@PathVariable String grantId, HttpServletRequest request, HttpServletResponse response) {
        boolean ours = grants.grants(null, null, organisation()).stream()
                .anyMatch(grant -> grant.grantId().equals(grantId));
        if (!ours) {
            throw new NotFound("Your organisation has no grant " + grantId);
        }
        Optional<String> authorization = relayed.authorization(request, response);
        if (authorization.isEmpty()) {
            return "redirect:" + relayed.signInAgain();
        }
        CommandApi.Answer answer =
                commands.post("/grants/" + grantId + "/acceptance", Map.of(), authorization.get(), Optional.empty());
        return "redirect:/portal/applications?"
                + (answer.accepted() ? "accepted=" + grantId : "notAccepted=" + grantId + why(answer)) + "#grants";
    }

    /** The refusal's problem type for the page to explain in the applicant's language (its slug is URL-safe). */
    private static String why(CommandApi.Answer answer) {
        return answer.problem().matches("[a-z-]+") ? "&why=" + answer.problem() : "";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
        return "portal/not-found";
    }

    private String show(
            Draft draft,
            Map<String, String> values,
            Map<String, String> errors,
            String message,
            Locale locale,
            Model model) {
        PoolView pool = pages.pool(draft.poolId());
        model.addAttribute("draft", draft);
        model.addAttribute("view", pool);
        model.addAttribute("pool", pages.publicView(pool, locale));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("years", DraftForm.years(pool.terms()));
        model.addAttribute("lines", DraftForm.lines(pool.terms()));
        model.addAttribute("earmarks", DraftForm.earmarks(pool.terms()));
        model.addAttribute("byCvr", byCvr());
        model.addAttribute("maxMegabytes", Math.max(1, maxBytes / (1024 * 1024)));
        model.addAttribute(
                "kinds",
                pool.terms().eligibleKinds().stream()
                        .filter(kind -> kind != ApplicantKind.MUNICIPALITY)
                        .toList());
        model.addAttribute(
                "missing",
                draft.content()
                        .missing(
                                DraftForm.earmarks(pool.terms()),
                                byCvr(),
                                pool.terms().applicationForm()));
        return "portal/draft";
    }

    private Draft draft(String draftId) {
        return drafts.find(draftId, organisation())
                .orElseThrow(() -> new NotFound("Your organisation has no draft " + draftId));
    }

    /** The organisation the signed-in applicant acts for; an applicant bound to none has no drafts at all. */
    private String organisation() {
        String organisation = signedIn.applicantOrganisation().orElse("");
        if (organisation.isEmpty()) {
            throw new NotFound("You act for no organisation");
        }
        return organisation;
    }

    private boolean byCvr() {
        return organisation().startsWith("cvr:");
    }

    private static int version(MultiValueMap<String, String> posted) {
        try {
            return Integer.parseInt(posted.getFirst("version"));
        } catch (NumberFormatException | NullPointerException missing) {
            return -1;
        }
    }
}
