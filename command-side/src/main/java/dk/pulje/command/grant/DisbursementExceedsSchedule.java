package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** A disbursement would pay more than the year's scheduled amount not yet paid. */
public class DisbursementExceedsSchedule extends Refusal {

    DisbursementExceedsSchedule(String detail) {
        super("disbursement-exceeds-remainder", Kind.CONFLICT, detail);
    }
}
