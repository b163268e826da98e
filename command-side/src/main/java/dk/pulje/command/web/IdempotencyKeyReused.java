package dk.pulje.command.web;

import dk.pulje.command.shared.Refusal;

/** The Idempotency-Key was used before for a different request. */
class IdempotencyKeyReused extends Refusal {

    IdempotencyKeyReused(String key) {
        super(
                "idempotency-key-reused",
                Kind.CONFLICT,
                "The Idempotency-Key '" + key
                        + "' was used before for a different request; use a new key for a new request");
    }
}
