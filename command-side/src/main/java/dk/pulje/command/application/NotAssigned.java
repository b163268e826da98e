package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** Only an assessor assigned to an application assesses it; the consensus is recorded by the pool manager or an assessor who assessed it. */
public class NotAssigned extends Refusal {

    NotAssigned(String detail) {
        super("not-assigned", Kind.FORBIDDEN, detail);
    }
}
