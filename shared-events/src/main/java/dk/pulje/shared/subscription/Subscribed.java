package dk.pulje.shared.subscription;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.ApplicantKind;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * The organisation's subscription as it now stands, replacing any earlier one. {@code language} is the language its
 * e-mails are written in ({@code da} or {@code en}); null in events stored before subscriptions carried one, which are
 * read as Danish.
 */
@Revision("2")
public record Subscribed(
        String subscriptionId,
        String organisation,
        ContactPerson recipient,
        Set<ApplicantKind> applicantKinds,
        List<String> topics,
        Decision decision,
        String language) {

    /** A subscription in Danish, the language of every subscription before they carried one. */
    public Subscribed(
            String subscriptionId,
            String organisation,
            ContactPerson recipient,
            Set<ApplicantKind> applicantKinds,
            List<String> topics,
            Decision decision) {
        this(subscriptionId, organisation, recipient, applicantKinds, topics, decision, null);
    }
}
