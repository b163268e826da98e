package dk.pulje.query.portal;

import static dk.pulje.shared.common.Role.APPLICANT;

import dk.pulje.query.application.ApplicationAccess;
import dk.pulje.query.decision.LetterDownloads;
import dk.pulje.query.decision.LetterQueries;
import dk.pulje.query.grant.GrantQueries;
import dk.pulje.query.grant.GrantViews.GrantSummary;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.NotYours;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * One of the organisation's applications, for its applicant: where it stands, the decision and its letters (a grant's
 * and a rejection's alike), and once granted the way to the grant's page and, while it awaits acceptance, its
 * acceptance. Read as the API reads an application and its letters ({@link ApplicationAccess}: the application's
 * parties only); another organisation's application is "not found".
 */
@Hidden
@Controller
@RequestMapping("/portal/pools/{poolId}/applications/{applicationId}")
class ApplicationPageController {

    private final PortalPages pages;
    private final ApplicationAccess access;
    private final LetterQueries letters;
    private final GrantQueries grants;
    private final LetterDownloads downloads;
    private final SignedIn signedIn;

    ApplicationPageController(
            PortalPages pages,
            ApplicationAccess access,
            LetterQueries letters,
            GrantQueries grants,
            LetterDownloads downloads,
            SignedIn signedIn) {
        this.pages = pages;
        this.access = access;
        this.letters = letters;
        this.grants = grants;
        this.downloads = downloads;
        this.signedIn = signedIn;
    }

    @ModelAttribute
    void everyPage(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
        if (user != null) {
            model.addAttribute("organisation", organisation());
        }
    }

    @Allowed(APPLICANT)
    @GetMapping
    String application(
            @PathVariable PoolId poolId, @PathVariable ApplicationId applicationId, Locale locale, Model model) {
        ApplicationView application = access.readable(poolId, applicationId);
        PoolView pool = pages.pool(poolId);
        model.addAttribute("app", application);
        model.addAttribute("poolTitle", pool.terms().in(locale.getLanguage()).title());
        model.addAttribute("letters", letters.letters(poolId, applicationId));
        model.addAttribute("grant", grant(application).orElse(null));
        return "portal/application";
    }

    /** A decision letter, read as the API's letter download reads it: the application's parties only, checked. */
    @Allowed(APPLICANT)
    @GetMapping(value = "/letters/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(
            @PathVariable PoolId poolId, @PathVariable ApplicationId applicationId, @PathVariable String documentId) {
        return downloads.letter(poolId, applicationId, documentId);
    }

    @ExceptionHandler({NotFound.class, NotYours.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
        return "portal/not-found";
    }

    /**
     * The grant the application became, where the organisation is its grantee (a partner reads the application and
     * its letters, but the grant's page is the lead applicant's).
     */
    private Optional<GrantSummary> grant(ApplicationView application) {
        return grants.grant(application.applicationId().value())
                .map(detail -> detail.grant())
                .filter(grant -> grant.poolId().equals(application.poolId().value())
                        && grant.applicantKey().equals(organisation()));
    }

    private String organisation() {
        return signedIn.applicantOrganisation().orElse("");
    }
}
