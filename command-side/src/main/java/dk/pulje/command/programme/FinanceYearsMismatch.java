package dk.pulje.command.programme;

import dk.pulje.command.shared.Refusal;

/**
 * The finance years of a pool or an initiative do not fit its programme: none where the envelope is split by
 * year, some where it is not, or a year the programme has no envelope for.
 */
public class FinanceYearsMismatch extends Refusal {

    FinanceYearsMismatch(String detail) {
        super("finance-years-mismatch", Kind.CONFLICT, detail);
    }
}
