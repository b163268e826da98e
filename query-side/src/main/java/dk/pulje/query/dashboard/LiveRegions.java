package dk.pulje.query.dashboard;

import dk.pulje.query.dashboard.DashboardFigures.PoolFigures;
import dk.pulje.query.web.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the parts of the pages that change with the figures, in one language, with the same template fragments
 * the pages are first drawn with: a page replaces each region whose id it has by the new markup.
 */
@Component
class LiveRegions {

    static final String TEMPLATE = "dashboard/live";
    /** The overview's regions: each the id of an element on the overview and the name of its fragment. */
    static final List<String> OVERVIEW =
            List.of("programmes", "pools", "funnel", "overdue", "upcoming", "municipalities");
    /** A pool page's regions: the fragment's name, and the element's id when followed by the pool's id. */
    private static final Map<String, String> POOL = Map.of("money", "pool-money-", "poolFunnel", "pool-funnel-");

    private final ITemplateEngine templates;

    LiveRegions(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Every region of every page, by the id of the element it fills, as staff or as a dashboard viewer sees it. */
    Map<String, String> render(DashboardFigures figures, Locale locale, boolean staff) {
        Context context = new Context(locale, Map.of("figures", figures, "fmt", Formats.of(locale), "staff", staff));
        Map<String, String> regions = new LinkedHashMap<>();
        for (String region : OVERVIEW) {
            regions.put(
                    region, templates.process(TEMPLATE, Set.of(region), context).strip());
        }
        for (PoolFigures pool : figures.pools()) {
            context.setVariable("pool", pool);
            POOL.forEach((fragment, region) -> regions.put(
                    region + pool.id(),
                    templates.process(TEMPLATE, Set.of(fragment), context).strip()));
        }
        return regions;
    }
}
