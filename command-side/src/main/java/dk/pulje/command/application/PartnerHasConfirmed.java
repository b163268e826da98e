package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/**
 * A partner that confirmed agreed to the partnership and holds its place in the round with it: the lead cannot
 * remove it on its own.
 */
public class PartnerHasConfirmed extends Refusal {

    PartnerHasConfirmed(String detail) {
        super("partner-confirmed", Kind.CONFLICT, detail);
    }
}
