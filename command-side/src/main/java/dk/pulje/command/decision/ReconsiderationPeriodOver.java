package dk.pulje.command.decision;

import dk.pulje.command.shared.Refusal;

/** The period the decision letter gave for asking for reconsideration is over. */
public class ReconsiderationPeriodOver extends Refusal {

    ReconsiderationPeriodOver(String detail) {
        super("reconsideration-period-over", Kind.CONFLICT, detail);
    }
}
