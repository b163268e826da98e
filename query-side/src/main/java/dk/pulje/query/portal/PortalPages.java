package dk.pulje.query.portal;

import dk.pulje.query.current.CurrentPools;
import dk.pulje.query.web.Formats;
import dk.pulje.query.web.NotFound;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every portal page shows and the reads several pages share, through the same queries as the API. */
@Component
class PortalPages {

    /** The grantees a pool's page lists at most. */
    static final int GRANTEES = 200;

    private final QueryGateway queries;
    private final CurrentPools current;

    PortalPages(QueryGateway queries, CurrentPools current) {
        this.queries = queries;
        this.current = current;
    }

    void everyPage(Model model, Locale locale, HttpServletRequest request, Authentication user) {
        Formats formats = Formats.of(locale);
        model.addAttribute("fmt", formats);
        model.addAttribute("language", formats.locale().getLanguage());
        model.addAttribute("path", request.getRequestURI());
        if (user != null && user.isAuthenticated()) {
            model.addAttribute("userName", user.getName());
        }
    }

    /** A pool the public may read: announced, published or closed, never a draft. */
    PoolView pool(PoolId poolId) {
        return queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .filter(pool -> pool.status() != PoolStatus.DRAFT)
                .orElseThrow(() -> new NotFound("No pool has the id " + poolId));
    }

    CurrentPools.CurrentPool publicView(PoolView pool, Locale locale) {
        return current.of(pool, locale);
    }

    /** The pool's grantees as published: who was granted what, for which project. */
    ApplicationPage grantees(PoolId poolId) {
        return queries.query(
                        new FindApplications(poolId, ApplicationStatus.AWARDED, null, 0, GRANTEES),
                        ApplicationPage.class)
                .join();
    }
}
