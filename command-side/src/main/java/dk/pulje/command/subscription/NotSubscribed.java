package dk.pulje.command.subscription;

import dk.pulje.command.shared.Refusal;

/** The organisation has no subscription to end. */
class NotSubscribed extends Refusal {

    NotSubscribed(String detail) {
        super("not-subscribed", Kind.NOT_FOUND, detail);
    }
}
