package dk.pulje.query.application;

import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.NotYours;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.FindApplication;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.SignedIn;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Who may read an application, and so what is about it (its letters, its reconsiderations): staff, and of applicants
 * only the parties to it. An unknown application is not found (404); another organisation's is refused (403).
 */
@Component
public class ApplicationAccess {

    private final QueryGateway queries;
    private final SignedIn signedIn;

    ApplicationAccess(QueryGateway queries, SignedIn signedIn) {
        this.queries = queries;
        this.signedIn = signedIn;
    }

    /** The application as it is now, once the signed-in user may read it. */
    public ApplicationView readable(PoolId poolId, ApplicationId applicationId) {
        ApplicationView found = queries.query(
                        new FindApplication(poolId, applicationId),
                        ResponseTypes.optionalInstanceOf(ApplicationView.class))
                .join()
                .orElseThrow(() -> new NotFound("Pool " + poolId + " has no application " + applicationId));
        return readable(found);
    }

    ApplicationView readable(ApplicationView found) {
        signedIn.applicantOrganisation()
                .filter(organisation -> !found.hasParty(organisation))
                .ifPresent(organisation -> {
                    throw NotYours.application(
                            "Application " + found.applicationId() + " belongs to another organisation");
                });
        return found;
    }
}
