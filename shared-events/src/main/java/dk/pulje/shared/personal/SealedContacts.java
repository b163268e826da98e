package dk.pulje.shared.personal;

import dk.pulje.shared.application.ContactPerson;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals every {@link ContactPerson} that Axon stores — in events, snapshots and dead letters — with its person's
 * key: the stored form is {@code {"subject": "…", "sealed": "…"}}. Read back, it opens to the person, or to
 * {@link ContactPerson#erased} once the key is gone. A contact stored before sealing reads as it was written.
 * Only Axon's serializer gets this module; the REST APIs show contacts as plain JSON.
 */
public final class SealedContacts {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private SealedContacts() {}

    /** Adds the sealing to a mapper builder (for Axon's {@code Jackson3SerializerCustomizer}). */
    public static Consumer<JsonMapper.Builder> into(PersonalDataKeys keys) {
        SimpleModule module = new SimpleModule("sealed-contacts")
                .addSerializer(ContactPerson.class, new Sealer(keys))
                .addDeserializer(ContactPerson.class, new Opener(keys));
        return builder -> builder.addModule(module);
    }

    /** Reads stored events without keys (an audit package checked offline): every sealed person shows as sealed. */
    public static Consumer<JsonMapper.Builder> withoutKeys() {
        SimpleModule module =
                new SimpleModule("sealed-contacts").addDeserializer(ContactPerson.class, new Opener(null));
        return builder -> builder.addModule(module);
    }

    private static final class Sealer extends ValueSerializer<ContactPerson> {

        private final PersonalDataKeys keys;

        Sealer(PersonalDataKeys keys) {
            this.keys = keys;
        }

        @Override
        public void serialize(ContactPerson contact, JsonGenerator out, SerializationContext context) {
            out.writeStartObject();
            if (contact.isErased()) {
                out.writeStringProperty("subject", contact.subject());
                out.writeBooleanProperty("erased", true);
            } else {
                PersonalDataKeys.SubjectKey key = keys.keyFor(contact.email());
                ObjectNode text = PLAIN.createObjectNode()
                        .put("name", contact.name())
                        .put("email", contact.email())
                        .put("phone", contact.phone());
                out.writeStringProperty("subject", key.subject());
                out.writeStringProperty("sealed", Seal.close(PLAIN.writeValueAsString(text), key.subject(), key.key()));
            }
            out.writeEndObject();
        }
    }

    private static final class Opener extends ValueDeserializer<ContactPerson> {

        private final PersonalDataKeys keys;

        Opener(PersonalDataKeys keys) {
            this.keys = keys;
        }

        @Override
        public ContactPerson deserialize(JsonParser in, DeserializationContext context) {
            JsonNode stored = context.readTree(in);
            String subject = text(stored, "subject");
            if (stored.has("sealed") && keys == null) {
                return ContactPerson.sealed(subject);
            }
            if (stored.has("sealed")) {
                return keys.key(subject)
                        .map(key ->
                                PLAIN.readTree(Seal.open(stored.get("sealed").asString(), subject, key)))
                        .map(person -> new ContactPerson(
                                text(person, "name"), text(person, "email"), text(person, "phone"), subject))
                        .orElseGet(() -> ContactPerson.erased(subject));
            }
            if (stored.has("erased")) {
                return ContactPerson.erased(subject);
            }
            return new ContactPerson(text(stored, "name"), text(stored, "email"), text(stored, "phone"), subject);
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }
}
