package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant staff return a submitted report for revision. */
public record ReturnReport(@TargetAggregateIdentifier GrantId grantId, String reportId, Actor actor, String reason) {

    public ReturnReport {
        reportId = Identifier.require(reportId, "A report id");
        reason = Reason.required(reason, "Returning a report");
    }
}
