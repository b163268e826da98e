package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant staff approve a submitted report. */
public record ApproveReport(@TargetAggregateIdentifier GrantId grantId, String reportId, Actor actor, String reason) {

    public ApproveReport {
        reportId = Identifier.require(reportId, "A report id");
        reason = Reason.optional(reason);
    }
}
