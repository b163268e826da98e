package dk.pulje.shared.common;

import java.time.Instant;

/** Who decided, in which role, when, and why: carried by every decision event. */
public record Decision(String decidedBy, Role role, Instant decidedAt, String reason) {

    public Decision {
        if (decidedBy == null || role == null || decidedAt == null) {
            throw new InvalidValue("decision.incomplete", "A decision names who decided, their role and when");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static Decision by(Actor actor, Instant at, String reason) {
        return new Decision(actor.userId(), actor.role(), at, reason);
    }
}
