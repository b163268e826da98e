package dk.pulje.query.portal;

import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.current.CurrentPools;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
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
 * The applicant portal's public pages, for anyone without signing in: the current pools, and a page per pool with
 * what it offers, to whom, its rounds and deadlines, its information meetings and, once decided, its grantees.
 */
@Hidden
@Controller
@RequestMapping("/portal")
class PortalController {

    private final PortalPages pages;
    private final CurrentPools current;
    private final OidcSignIn oidc;

    PortalController(PortalPages pages, CurrentPools current, OidcSignIn oidc) {
        this.pages = pages;
        this.current = current;
        this.oidc = oidc;
    }

    @ModelAttribute
    void everyPage(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        pages.everyPage(model, locale, request, user);
    }

    @Public
    @GetMapping
    String pools(Locale locale, Model model) {
        model.addAttribute("pools", current.all(locale));
        return "portal/pools";
    }

    @Public
    @ReadsFrom({POOL_OVERVIEW, POOL_APPLICATIONS, MEETINGS})
    @GetMapping("/pools/{poolId}")
    String pool(@PathVariable PoolId poolId, Locale locale, Model model) {
        PoolView view = pages.pool(poolId);
        model.addAttribute("view", view);
        model.addAttribute("pool", pages.publicView(view, locale));
        model.addAttribute("grantees", pages.grantees(poolId).items());
        return "portal/pool";
    }

    @Public
    @GetMapping("/login")
    String login(Model model) {
        if (oidc.registration().isPresent()) {
            model.addAttribute("oidcSignIn", oidc.start());
        }
        return "portal/login";
    }

    /** Where a refused request is forwarded, whatever its method. */
    @Public
    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "portal/forbidden";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        everyPage(model, locale, request, user);
        return "portal/not-found";
    }
}
