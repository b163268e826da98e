package dk.pulje.query.current;

import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.current.CurrentPools.CurrentPool;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public list of current pools, for anyone, without signing in (like the dashboard and the applicant portal, it
 * reads the features and nothing reads it): see {@link CurrentPools}.
 */
@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class CurrentPoolsController {

    private final CurrentPools pools;

    CurrentPoolsController(CurrentPools pools) {
        this.pools = pools;
    }

    @Operation(
            summary = "Pools announced or open for applications, soonest deadline first (no sign-in); title, "
                    + "description, categories, earmarks and meeting material in the language Accept-Language asks for where "
                    + "the pool has a translation into it, else as published; where money no longer awarded goes")
    @ReadsFrom({POOL_OVERVIEW, MEETINGS})
    @Public
    @GetMapping("/public/pools")
    List<CurrentPool> currentPools(Locale locale) {
        return pools.all(locale);
    }
}
