package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import java.time.Instant;

/**
 * Who signed a submission for the applicant organisation, and how they were identified: by the identity provider
 * that issued their token ({@code issuer}, at the {@code assurance} level it states, e.g. MitID Erhverv's "substantial")
 * or, in the demo, by their password. Taken from the authentication, never from the request.
 */
public record Signature(
        String signedBy,
        String organisation,
        IdentifiedBy identifiedBy,
        String issuer,
        String assurance,
        Instant signedAt) {

    public enum IdentifiedBy {
        /** A signed OIDC token (MitID Erhverv through a broker, or the organisation's own provider). */
        OIDC,
        /** The demo users' passwords (the embedded default only). */
        DEMO_PASSWORD
    }

    public Signature {
        if (signedBy == null || organisation == null || identifiedBy == null || signedAt == null) {
            throw new InvalidValue(
                    "signature.incomplete",
                    "A submission is signed by someone of the applicant organisation, identified, at an instant");
        }
    }
}
