package dk.pulje.query.portal;

import static dk.pulje.shared.common.Role.APPLICANT;

import dk.pulje.query.application.ApplicationAccess;
import dk.pulje.query.decision.LetterDownloads;
import dk.pulje.query.decision.LetterQueries;
import dk.pulje.query.grant.GrantQueries;
import dk.pulje.query.grant.GrantViews.GrantDetail;
import dk.pulje.query.grant.GrantViews.LineView;
import dk.pulje.query.grant.GrantViews.ReportAttachmentView;
import dk.pulje.query.grant.GrantViews.ReportView;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.NotYours;
import dk.pulje.query.web.StoredDownload;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.documents.DocumentSettings;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * One of the organisation's grants, for its applicant: where it stands, its money, payments, reports and budget lines
 * as the API's {@code GET /grants/{grantId}} reads them, the documents each submitted report attached, the
 * application's decision letters, and the grantee's own
 * commands (start the project, submit a report with a document attached, ask for a budget change), each checked on
 * the page and then sent through the command side's API as the signed-in applicant. Another organisation's grant is "not found".
 */
@Hidden
@Controller
@RequestMapping("/portal/grants/{grantId}")
class GrantPageController {

    /** The statuses in which the grantee reports and asks for budget changes, as the command side allows. */
    private static final Set<String> RUNNING = Set.of("ACCEPTED", "STARTED");

    /** The command side's refusals of a document a report names, which the page does not carry on. */
    private static final Set<String> DOCUMENT_REFUSALS = Set.of("not-your-document", "document-not-found");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private final PortalPages pages;
    private final GrantQueries grants;
    private final LetterQueries letters;
    private final LetterDownloads letterDownloads;
    private final ApplicationAccess access;
    private final DocumentStore documents;
    private final CommandApi commands;
    private final RelayedSignIn relayed;
    private final SignedIn signedIn;
    private final Clock clock;
    private final long maxBytes;

    GrantPageController(
            PortalPages pages,
            GrantQueries grants,
            LetterQueries letters,
            LetterDownloads letterDownloads,
            ApplicationAccess access,
            DocumentStore documents,
            CommandApi commands,
            RelayedSignIn relayed,
            SignedIn signedIn,
            Clock clock,
            DocumentSettings documentSettings) {
        this.pages = pages;
        this.grants = grants;
        this.letters = letters;
        this.letterDownloads = letterDownloads;
        this.access = access;
        this.documents = documents;
        this.commands = commands;
        this.relayed = relayed;
        this.signedIn = signedIn;
        this.clock = clock;
        this.maxBytes = documentSettings.maxBytes().toBytes();
    }

    @ModelAttribute
    void everyPage(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
        if (user != null) {
            model.addAttribute("organisation", signedIn.applicantOrganisation().orElse(""));
        }
    }

    @Allowed(APPLICANT)
    @GetMapping
    String grant(@PathVariable String grantId, Model model) {
        return show(grant(grantId), null, Map.of(), Map.of(), null, model);
    }

    /** A decision letter, read as the API's letter download reads it: the application's parties only, checked. */
    @Allowed(APPLICANT)
    @GetMapping(value = "/letters/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable String grantId, @PathVariable String documentId) {
        GrantDetail grant = grant(grantId);
        PoolId poolId = PoolId.of(grant.grant().poolId());
        return letterDownloads.letter(poolId, ApplicationId.of(grantId), documentId);
    }

    /**
     * A document a submission of the report attached, read as the page is read (the grantee organisation only) and
     * handed out only while it has the SHA-256 the submission recorded.
     */
    @Allowed(APPLICANT)
    @GetMapping("/reports/{reportId}/attachments/{documentId}")
    ResponseEntity<byte[]> reportDocument(
            @PathVariable String grantId, @PathVariable String reportId, @PathVariable String documentId) {
        GrantDetail grant = grant(grantId);
        access.readable(PoolId.of(grant.grant().poolId()), ApplicationId.of(grantId));
        ReportAttachmentView attachment = grants.reportAttachment(grantId, reportId, documentId)
                .orElseThrow(() -> new NotFound("Report " + reportId + " has no document " + documentId));
        return StoredDownload.of(
                documents,
                attachment.documentId(),
                attachment.sha256(),
                MediaType.parseMediaType(attachment.mediaType()),
                attachment.fileName());
    }

    @Allowed(APPLICANT)
    @PostMapping("/start")
    String start(
            @PathVariable String grantId,
            @RequestParam MultiValueMap<String, String> posted,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        GrantDetail grant = grant(grantId);
        return relay(
                grant,
                "start",
                GrantForms.start(posted),
                "/start",
                Optional.empty(),
                "started",
                request,
                model,
                response);
    }

    /**
     * Submits a due report with the documents chosen for it: the form is checked first, then each document is uploaded
     * through the command side's {@code POST /documents} as the applicant (its size, type by content and malware are
     * checked there, and a refused one is not stored), and the report names them as the documents it attaches. A
     * refused document or report is told on the page, and nothing is sent after it; documents uploaded before the
     * refusal are carried by the page ({@link ReportUpload}).
     */
    @Allowed(APPLICANT)
    @PostMapping("/reports/{reportId}/submission")
    String report(
            @PathVariable String grantId,
            @PathVariable String reportId,
            @RequestParam MultiValueMap<String, String> posted,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        GrantDetail grant = grant(grantId);
        if (grant.reports().stream().noneMatch(report -> report.reportId().equals(reportId))) {
            throw new NotFound("Grant " + grantId + " owes no report " + reportId);
        }
        String form = "report-" + reportId;
        GrantForms.Read read = GrantForms.report(posted, lines(grant));
        List<ReportUpload> uploaded = ReportUpload.carried(posted);
        if (!read.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("uploaded", uploaded);
            return show(grant, form, read.values(), read.errors(), "grant.error.input", model);
        }
        uploaded = new ArrayList<>(uploaded);
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            String refused = file.getSize() > maxBytes
                    ? "document-too-large"
                    : uploaded.size() >= Attachment.MOST ? "too-many-report-attachments" : null;
            if (refused != null) {
                response.setStatus(
                        refused.equals("document-too-large")
                                ? HttpStatus.CONTENT_TOO_LARGE.value()
                                : HttpStatus.BAD_REQUEST.value());
                return refused(grant, form, read, uploaded, refused, null, "grant.error.attachment", model);
            }
            Optional<String> authorization = relayed.authorization(request, response);
            if (authorization.isEmpty()) {
                return "redirect:" + relayed.signInAgain();
            }
            CommandApi.Answer answer =
                    commands.upload("/documents", Uploaded.fileName(file), Uploaded.content(file), authorization.get());
            if (!answer.accepted()) {
                response.setStatus(answer.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : answer.status());
                return refused(
                        grant,
                        form,
                        read,
                        uploaded,
                        answer.problem(),
                        answer.detail(),
                        answer.status() >= 500 && answer.problem().isEmpty()
                                ? "grant.error.unavailable"
                                : "grant.error.attachment",
                        model);
            }
            uploaded.add(new ReportUpload(
                    answer.body().path("documentId").asString(),
                    answer.body().path("fileName").asString()));
        }
        if (!uploaded.isEmpty()) {
            read.body()
                    .put(
                            "attachments",
                            uploaded.stream().map(ReportUpload::documentId).toList());
        }
        model.addAttribute("uploaded", uploaded);
        return relay(
                grant,
                form,
                read,
                "/reports/" + reportId + "/submission",
                Optional.empty(),
                "reported=" + reportId,
                request,
                model,
                response);
    }

    /** A refused document: told on the page with the report as written, and the report is not sent. */
    private String refused(
            GrantDetail grant,
            String form,
            GrantForms.Read read,
            List<ReportUpload> uploaded,
            String refusalType,
            String detail,
            String message,
            Model model) {
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("refusal", detail);
        model.addAttribute("refusalType", refusalType);
        return show(grant, form, read.values(), Map.of(), message, model);
    }

    @Allowed(APPLICANT)
    @PostMapping("/budget-changes")
    String budgetChange(
            @PathVariable String grantId,
            @RequestParam MultiValueMap<String, String> posted,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        GrantDetail grant = grant(grantId);
        GrantForms.Read read = GrantForms.budgetChange(posted);
        // The page's change id makes a second click on the same form find the change there, not ask twice.
        String changeId = Optional.ofNullable(posted.getFirst("changeId"))
                .filter(id -> ID.matcher(id).matches())
                .orElseGet(Identifier::random);
        read.body().put("id", changeId);
        return relay(
                grant,
                "budget-change",
                read,
                "/budget-changes",
                Optional.of("portal-budget-change-" + changeId),
                "changeAsked",
                request,
                model,
                response);
    }

    @ExceptionHandler({NotFound.class, NotYours.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
        return "portal/not-found";
    }

    private String relay(
            GrantDetail grant,
            String form,
            GrantForms.Read read,
            String path,
            Optional<String> idempotencyKey,
            String done,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        String grantId = grant.grant().grantId();
        if (!read.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(grant, form, read.values(), read.errors(), "grant.error.input", model);
        }
        Optional<String> authorization = relayed.authorization(request, response);
        if (authorization.isEmpty()) {
            return "redirect:" + relayed.signInAgain();
        }
        CommandApi.Answer answer =
                commands.post("/grants/" + grantId + path, read.body(), authorization.get(), idempotencyKey);
        if (answer.accepted() || (idempotencyKey.isPresent() && answer.problem().equals("already-exists"))) {
            return "redirect:/portal/grants/" + grantId + "?" + done + "#" + form;
        }
        response.setStatus(answer.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : answer.status());
        if (DOCUMENT_REFUSALS.contains(answer.problem())) {
            // The documents carried were not the organisation's own uploads: the applicant chooses them anew.
            model.addAttribute("uploaded", List.of());
        }
        model.addAttribute("refusal", answer.detail());
        model.addAttribute("refusalType", answer.problem());
        return show(
                grant,
                form,
                read.values(),
                Map.of(),
                answer.status() >= 500 ? "grant.error.unavailable" : "grant.error.refused",
                model);
    }

    private String show(
            GrantDetail grant,
            String form,
            Map<String, String> values,
            Map<String, String> errors,
            String message,
            Model model) {
        PoolId poolId = PoolId.of(grant.grant().poolId());
        ApplicationId applicationId = ApplicationId.of(grant.grant().grantId());
        access.readable(poolId, applicationId);
        model.addAttribute("grant", grant);
        model.addAttribute("summary", grant.grant());
        model.addAttribute("letters", letters.letters(poolId, applicationId));
        model.addAttribute("lines", lines(grant));
        model.addAttribute("reportDocuments", reportDocuments(grant));
        model.addAttribute("running", RUNNING.contains(grant.grant().status()));
        model.addAttribute("today", LocalDate.now(clock.withZone(Deadline.COPENHAGEN)));
        model.addAttribute("changeId", Identifier.random());
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("maxMegabytes", Math.max(1, maxBytes / (1024 * 1024)));
        if (!model.containsAttribute("uploaded")) {
            model.addAttribute("uploaded", List.of());
        }
        return "portal/grant";
    }

    /** The documents of each submitted report's latest submission, by report id. */
    private Map<String, List<ReportAttachmentView>> reportDocuments(GrantDetail grant) {
        Map<String, List<ReportAttachmentView>> byReport = new LinkedHashMap<>();
        for (ReportView report : grant.reports()) {
            if (!"DUE".equals(report.state())) {
                byReport.put(
                        report.reportId(),
                        grants.reportAttachments(grant.grant().grantId(), report.reportId()));
            }
        }
        return byReport;
    }

    /** The grant's budget lines in the order the page lists them, which its report forms number their fields by. */
    private static List<String> lines(GrantDetail grant) {
        return grant.budgetLines().stream().map(LineView::line).toList();
    }

    private GrantDetail grant(String grantId) {
        String organisation = signedIn.applicantOrganisation().orElse("");
        return grants.grant(grantId)
                .filter(grant ->
                        !organisation.isEmpty() && grant.grant().applicantKey().equals(organisation))
                .orElseThrow(() -> new NotFound("Your organisation has no grant " + grantId));
    }
}
