package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The report's state does not allow the change (e.g. approving one not submitted). */
public class ReportNotInState extends Refusal {

    ReportNotInState(String detail) {
        super("report-state", Kind.CONFLICT, detail);
    }
}
