package dk.pulje.query.dashboard;

import dk.pulje.query.audit.Provenance;
import dk.pulje.query.security.Readers;
import dk.pulje.query.web.Formats;
import dk.pulje.query.web.NotFound;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.DecisionPage;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.application.FindAssessorWorkload;
import dk.pulje.shared.application.FindDecisions;
import dk.pulje.shared.application.FindRanking;
import dk.pulje.shared.application.RankingView;
import dk.pulje.shared.application.WorkloadView;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AllocationView;
import dk.pulje.shared.pool.DecisionFiguresView;
import dk.pulje.shared.pool.DecisionFiguresView.CriterionOutcome;
import dk.pulje.shared.pool.FindAllocations;
import dk.pulje.shared.pool.FindDecisionFigures;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.programme.FindProgramme;
import dk.pulje.shared.programme.ProgrammeView;
import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's pages: the overview of programmes, pools, applications, deadlines and municipalities, and a page
 * per pool. Every role that may see the dashboard sees the aggregates; the lists of applications and decisions, the
 * ranking, the assessors' workload, the allocations and the decision figures, which name organisations and the people
 * who decided or give scores, are for staff and auditors; a pool's audit trail, a page at a time, for auditors.
 */
@Hidden
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    static final int LISTED = 200;
    /** Events on a page of a pool's audit trail. */
    static final int AUDIT_TRAIL = 50;

    private static final Set<Role> SEE_DETAILS =
            EnumSet.of(Role.POOL_MANAGER, Role.ASSESSOR, Role.APPROVER, Role.FINANCE_OFFICER, Role.AUDITOR);

    private final DashboardReader reader;
    private final LiveFigures live;
    private final QueryGateway queries;
    private final Provenance provenance;

    DashboardController(DashboardReader reader, LiveFigures live, QueryGateway queries, Provenance provenance) {
        this.reader = reader;
        this.live = live;
        this.queries = queries;
        this.provenance = provenance;
    }

    @ModelAttribute
    void everyPage(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        Formats formats = Formats.of(locale);
        model.addAttribute("fmt", formats);
        model.addAttribute("language", formats.locale().getLanguage());
        model.addAttribute("path", request.getRequestURI());
        if (user != null && user.isAuthenticated()) {
            model.addAttribute("userName", user.getName());
            roles(user).stream().findFirst().ifPresent(role -> model.addAttribute("role", role.name()));
        }
    }

    @Readers
    @GetMapping
    String overview(Authentication user, Model model) {
        model.addAttribute("figures", reader.figures());
        model.addAttribute("staff", seesDetails(user));
        return "dashboard/overview";
    }

    @Readers
    @GetMapping("/pools/{poolId}")
    String pool(
            @PathVariable PoolId poolId,
            @RequestParam(required = false) @Min(1) Long before,
            Authentication user,
            Model model) {
        PoolView view = queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .orElseThrow(() -> new NotFound("No pool has the id " + poolId));
        model.addAttribute("view", view);
        model.addAttribute("pool", reader.figures(view));
        model.addAttribute(
                "programme",
                queries.query(
                                new FindProgramme(view.programmeId()),
                                ResponseTypes.optionalInstanceOf(ProgrammeView.class))
                        .join()
                        .orElse(null));
        boolean details = seesDetails(user);
        model.addAttribute("details", details);
        if (details) {
            model.addAttribute(
                    "applications",
                    queries.query(new FindApplications(poolId, null, 0, LISTED), ApplicationPage.class)
                            .join());
            model.addAttribute(
                    "decisions",
                    queries.query(new FindDecisions(poolId, 0, LISTED), DecisionPage.class)
                            .join());
            assessmentAndDecisions(poolId, model);
        }
        if (roles(user).contains(Role.AUDITOR)) {
            model.addAttribute("history", AuditTrail.of(provenance, poolId, before, AUDIT_TRAIL));
        }
        return "dashboard/pool";
    }

    /**
     * The ranked list, the assessors' workload, the allocations, the time from deadline to decision and the outcomes
     * by criterion, as the query API answers them.
     */
    private void assessmentAndDecisions(PoolId poolId, Model model) {
        model.addAttribute(
                "ranking",
                queries.query(new FindRanking(poolId), RankingView.class).join());
        model.addAttribute(
                "workload",
                queries.query(new FindAssessorWorkload(poolId), WorkloadView.class)
                        .join());
        model.addAttribute(
                "allocations",
                queries.query(new FindAllocations(poolId), ResponseTypes.multipleInstancesOf(AllocationView.class))
                        .join());
        DecisionFiguresView figures = queries.query(new FindDecisionFigures(poolId), DecisionFiguresView.class)
                .join();
        model.addAttribute("decisionFigures", figures);
        model.addAttribute(
                "outcomes",
                figures.criteria().stream().collect(Collectors.toMap(CriterionOutcome::criterion, outcome -> outcome)));
    }

    /** The figures of every page, live: see {@link LiveFigures}. */
    @Readers
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(Locale locale, Authentication user) {
        return live.subscribe(locale, seesDetails(user));
    }

    private static boolean seesDetails(Authentication user) {
        return roles(user).stream().anyMatch(SEE_DETAILS::contains);
    }

    @Public
    @GetMapping("/login")
    String login() {
        return "dashboard/login";
    }

    /** Where a refused request is forwarded, whatever its method (a login without its CSRF token is a POST). */
    @Public
    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "dashboard/forbidden";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        everyPage(model, locale, request, user);
        return "dashboard/not-found";
    }

    private static Set<Role> roles(Authentication user) {
        if (user == null) {
            return Set.of();
        }
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> Role.valueOf(authority.substring("ROLE_".length())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
