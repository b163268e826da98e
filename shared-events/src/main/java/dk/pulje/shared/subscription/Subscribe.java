package dk.pulje.shared.subscription;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.pool.ApplicantKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An organisation subscribes (or changes its subscription) to news of pools: new pools open to the given kinds of
 * applicant, and whose title, description or activities mention one of the topics (none: every such pool). One
 * subscription per organisation; {@code recipient} is personal data. The e-mails are written in {@code language}
 * ({@code da} or {@code en}; Danish when none is given).
 */
public record Subscribe(
        @TargetAggregateIdentifier String subscriptionId,
        ContactPerson recipient,
        Set<ApplicantKind> applicantKinds,
        List<String> topics,
        String language,
        Actor actor) {

    /** The languages e-mails are written in; the first is the default. */
    public static final List<String> LANGUAGES = List.of("da", "en");

    public Subscribe {
        if (actor == null || actor.role() != Role.APPLICANT) {
            throw new InvalidValue("subscription.actor", "An organisation subscribes through someone acting for it");
        }
        subscriptionId = of(actor.organisation());
        recipient = ContactPerson.required(recipient, "A subscription");
        if (applicantKinds == null || applicantKinds.isEmpty()) {
            throw new InvalidValue("subscription.kinds", "A subscription names at least one kind of applicant");
        }
        applicantKinds = Set.copyOf(EnumSet.copyOf(applicantKinds));
        topics = topics == null
                ? List.of()
                : topics.stream()
                        .map(topic -> Text.required(topic, "A topic", 60))
                        .toList();
        if (topics.size() > 20) {
            throw new InvalidValue("subscription.topics", "A subscription has at most 20 topics");
        }
        language = language == null || language.isBlank()
                ? LANGUAGES.get(0)
                : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidValue("subscription.language", "E-mails are written in Danish (da) or English (en)");
        }
    }

    /** The subscription of an organisation (an applicant key such as {@code municipality:751}). */
    public static String of(String organisation) {
        return "subscription:" + organisation;
    }
}
