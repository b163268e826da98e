package dk.pulje.shared.decision;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/**
 * The applicant asks for the decision to be looked at again (genvurdering), within the period its letter states;
 * {@code decision} names who asked, for which organisation, when and why. The request is then received.
 */
@Revision("1")
public record ReconsiderationRequested(
        DecisionId decisionId, String reconsiderationId, String organisation, Decision decision)
        implements DecisionEvent {}
