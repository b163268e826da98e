package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** The award is more than the application asked for. */
public class AwardExceedsRequest extends Refusal {

    AwardExceedsRequest(String detail) {
        super("award-exceeds-request", Kind.CONFLICT, detail);
    }
}
