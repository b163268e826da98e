package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The grant owes no report with that id. */
public class UnknownReport extends Refusal {

    UnknownReport(String detail) {
        super("report-not-found", Kind.NOT_FOUND, detail);
    }
}
