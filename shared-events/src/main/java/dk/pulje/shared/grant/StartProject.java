package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The grantee reports the day the project started. */
public record StartProject(@TargetAggregateIdentifier GrantId grantId, LocalDate startedOn, Actor actor) {

    public StartProject {
        if (startedOn == null) {
            throw new InvalidValue("project.started-on", "A project start names the day it started");
        }
    }
}
