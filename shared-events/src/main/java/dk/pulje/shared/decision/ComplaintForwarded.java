package dk.pulje.shared.decision;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** An upheld decision's reconsideration is sent on to {@code complaintBody}, with the case, as a complaint (klage). */
@Revision("1")
public record ComplaintForwarded(
        DecisionId decisionId, String reconsiderationId, String complaintBody, Decision decision)
        implements DecisionEvent {}
