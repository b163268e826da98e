package dk.pulje.shared.decision;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** Reconsidered, the decision stands; the reason says why. The applicant may then have it sent to the complaint body. */
@Revision("1")
public record DecisionUpheld(DecisionId decisionId, String reconsiderationId, Decision decision)
        implements DecisionEvent {}
