package dk.pulje.shared.decision;

/** The events of an application's decision after it was taken: its letters and reconsiderations. */
public sealed interface DecisionEvent
        permits DecisionLetterIssued, ReconsiderationRequested, DecisionUpheld, DecisionChanged, ComplaintForwarded {

    DecisionId decisionId();
}
