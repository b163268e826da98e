package dk.pulje.query.accessrequest;

import dk.pulje.query.audit.HistoryEntry;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.personal.PersonalData;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * What a requester may read of an application's history, by one rule: every person in it is shown only when the
 * person is the requester's own, and is otherwise replaced by {@value #MARKER}. A requester's own are the people who
 * acted for the requester's organisation as an applicant (its employees who submitted, signed, accepted or asked for
 * reconsideration) and, for the lead applicant, the application's contact person. Everyone else is another person:
 * staff (by user id; their role stays), assessors (their ids, and the reasons they gave for a conflict of interest),
 * another organisation's employees and contact person. Where the organisation a person acted for cannot be told, they
 * are another person. Free texts (reasons, justifications, summaries) stay, with every identifier of a person redacted
 * elsewhere in the export (a user id, a name, an e-mail address, a phone number) redacted in them too. Organisations
 * are not persons and stay. A person is read only through the value the event store's own reading gives
 * (crypto-shredded, erased people show as erased) and is written into the export, and so logged as read, only when
 * shown.
 */
final class Redaction {

    static final String MARKER = "[redacted: other person's data]";

    /** The rules as the export states them to its reader. */
    static final List<String> RULES = List.of(
            "Data about persons other than the requester's own is replaced by \"" + MARKER + "\".",
            "The requester's own: the people who acted for the requester's organisation as an applicant, and for the"
                    + " lead applicant the application's contact person.",
            "Staff (caseworkers, assessors, approvers, finance officers) are shown by role only; assessors' reasons"
                    + " for a conflict of interest are redacted whole.",
            "Another organisation's employees and contact person are redacted; where it cannot be told whom a person"
                    + " acted for, they are redacted.",
            "Free texts (reasons, justifications, summaries) are kept, with every identifier of a redacted person"
                    + " redacted in them too; a text may still point to a person in words, so staff read them before"
                    + " handing the export out.",
            "Organisations (applicants, partners, complaint bodies) are not persons and are shown.",
            "A decision letter's PDF is included for the lead applicant, to whom it was sent; for anyone else only its"
                    + " metadata and SHA-256 are, as the letter names people.");

    private static final Set<String> STAFF_ONLY = Set.of("assessor", "assessors", "onBehalfOf");
    /** Fields whose text is an id or a code, never free text: left as they are. */
    private static final Set<String> STRUCTURAL = Set.of(
            "poolId", "applicationId", "decisionId", "grantId", "programmeId", "documentId", "sha256", "eventId");

    private static final Set<String> PARTNER_ACTS = Set.of("PartnershipConfirmed", "PartnershipDeclined");

    private final String requester;
    private final String lead;
    private final boolean requesterIsLead;
    private final Set<String> identifiers =
            new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    private Pattern inText;
    private int redacted;

    /** {@code requester} the organisation the requester asks for (null for none), {@code lead} the lead's key. */
    Redaction(String requester, String lead) {
        this.requester = requester;
        this.lead = lead;
        this.requesterIsLead = requester != null && requester.equals(lead);
    }

    /** How many values were redacted so far. */
    int redacted() {
        return redacted;
    }

    /**
     * Learns every identifier of a person the export will redact, so that free texts anywhere in it are cleared of
     * them; call for every entry before {@link #payload}.
     */
    void learn(HistoryEntry entry) {
        String acting = actingFor(entry);
        learn(entry.payload(), acting, null);
        if (!own(entry.decidedBy(), entry.role(), acting)) {
            remember(entry.decidedBy());
        }
    }

    /** The entry's payload with every other person's data redacted. */
    JsonNode payload(HistoryEntry entry) {
        inText = inText == null ? pattern() : inText;
        String acting = actingFor(entry);
        boolean conflict = "ConflictOfInterestDeclared".equals(entry.event());
        return redact(entry.payload(), acting, null, conflict);
    }

    /** Who the entry names as acting: shown when the requester's own or Pulje itself, else the marker. */
    String by(HistoryEntry entry) {
        if (entry.decidedBy() == null || own(entry.decidedBy(), entry.role(), actingFor(entry))) {
            return entry.decidedBy();
        }
        redacted++;
        return MARKER;
    }

    /**
     * The organisation an applicant's employee acted for in this event: the one it names, the partner confirming or
     * declining its part, else the lead (who alone acts otherwise on an application and its grant).
     */
    private String actingFor(HistoryEntry entry) {
        JsonNode payload = entry.payload();
        if (payload.hasNonNull("organisation") && payload.get("organisation").isString()) {
            return payload.get("organisation").asString();
        }
        if (PARTNER_ACTS.contains(entry.event())) {
            return applicantKey(payload.get("partner"));
        }
        return lead;
    }

    /** An applicant's key as {@code Applicant.key()} makes it, from its JSON; null when it cannot be told. */
    private static String applicantKey(JsonNode applicant) {
        if (applicant == null || !applicant.isObject()) {
            return null;
        }
        String municipality = text((ObjectNode) applicant, "municipality");
        String cvr = text((ObjectNode) applicant, "cvr");
        return "MUNICIPALITY".equals(text((ObjectNode) applicant, "kind"))
                ? municipality == null ? null : "municipality:" + municipality
                : cvr == null ? null : "cvr:" + cvr;
    }

    private boolean own(String user, String role, String actingFor) {
        if (user == null || Role.SYSTEM.name().equals(role)) {
            return true;
        }
        return Role.APPLICANT.name().equals(role) && requester != null && requester.equals(actingFor);
    }

    private void learn(JsonNode node, String acting, String field) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof PersonalData person) {
            if (!requesterIsLead && !person.isErased() && person instanceof ContactPerson c) {
                remember(c.name());
                remember(c.email());
                remember(c.phone());
            }
        } else if (node instanceof ObjectNode object) {
            String organisation = object.hasNonNull("organisation")
                            && object.get("organisation").isString()
                    ? object.get("organisation").asString()
                    : acting;
            String role = text(object, "role");
            for (String person : List.of("decidedBy", "userId", "signedBy")) {
                String user = text(object, person);
                if (user != null
                        && !own(user, person.equals("signedBy") ? Role.APPLICANT.name() : role, organisation)) {
                    remember(user);
                }
            }
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                learn(property.getValue(), acting, property.getKey());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> learn(element, acting, field));
        } else if (node != null && node.isString() && STAFF_ONLY.contains(field)) {
            remember(node.asString());
        }
    }

    private JsonNode redact(JsonNode node, String acting, String field, boolean conflict) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof PersonalData person) {
            return requesterIsLead || person.isErased() ? node : marker();
        }
        if (node instanceof ObjectNode object) {
            String organisation = object.hasNonNull("organisation")
                            && object.get("organisation").isString()
                    ? object.get("organisation").asString()
                    : acting;
            String role = text(object, "role");
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                boolean person = name.equals("decidedBy") || name.equals("userId") || name.equals("signedBy");
                String asRole = name.equals("signedBy") ? Role.APPLICANT.name() : role;
                if (person && value.isString() && !own(value.asString(), asRole, organisation)) {
                    copy.set(name, marker());
                } else if (conflict && name.equals("reason") && value.isString()) {
                    copy.set(name, marker());
                } else {
                    copy.set(name, redact(value, acting, name, conflict));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> copy.add(redact(element, acting, field, conflict)));
            return copy;
        }
        if (node != null && node.isString() && STAFF_ONLY.contains(field)) {
            return marker();
        }
        if (node != null && node.isString() && !STRUCTURAL.contains(field)) {
            return JsonNodeFactory.instance.stringNode(cleared(node.asString()));
        }
        return node;
    }

    /** The text with every learned identifier of a redacted person in it redacted. */
    private String cleared(String text) {
        if (inText == null) {
            return text;
        }
        Matcher found = inText.matcher(text);
        StringBuilder out = new StringBuilder();
        while (found.find()) {
            redacted++;
            found.appendReplacement(out, Matcher.quoteReplacement(MARKER));
        }
        found.appendTail(out);
        return out.toString();
    }

    private Pattern pattern() {
        if (identifiers.isEmpty()) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String identifier : identifiers) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(identifier));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
    }

    private JsonNode marker() {
        redacted++;
        return JsonNodeFactory.instance.stringNode(MARKER);
    }

    private void remember(String identifier) {
        if (identifier != null && !identifier.isBlank()) {
            identifiers.add(identifier.strip());
        }
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
