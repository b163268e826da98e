package dk.pulje.query.audit.chain;

import io.axoniq.axonserver.grpc.MetaDataValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's payload and metadata in the serialized form its store handed them out in, read without deserializing
 * either. An event read from a store is an Axon {@code SerializedMessage}: asked to serialize its payload with the
 * serializer it was read with, it gives the serialized object it holds, put through that serializer's converter.
 * This serializer is taken for whichever serializer the store used, and its converter converts nothing, so the form
 * comes out as the store gave it. A message that was made in memory, not read from a store, has no such form and is
 * refused.
 * <p>
 * The JDBC store hands out the payload and metadata as the bytes of their rows. Axon Server hands out the payload's
 * bytes, but keeps metadata as a map of typed values, not bytes: its bytes here are that map as a JSON object, keys
 * in order, a text as a string, a number or boolean as such, and any other value as its serialized type, revision
 * and data (Base64).
 */
final class SerializedForm implements Serializer {

    static final SerializedForm INSTANCE = new SerializedForm();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SerializedForm() {}

    /** The message's payload as its store holds it. */
    static SerializedObject<?> payload(Message<?> message) {
        return message.serializePayload(INSTANCE, Object.class);
    }

    /** The message's metadata as its store holds it, in bytes. */
    static byte[] metaData(Message<?> message) {
        return bytes(message.serializeMetaData(INSTANCE, Object.class));
    }

    static byte[] bytes(SerializedObject<?> form) {
        Object data = form.getData();
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (data instanceof Map<?, ?> values) {
            return metaDataMap(values);
        }
        throw new IllegalStateException("An event's serialized form is "
                + form.getContentType().getName() + ", not bytes, text or Axon Server's metadata");
    }

    private static byte[] metaDataMap(Map<?, ?> values) {
        Map<String, Object> json = new TreeMap<>();
        values.forEach((key, value) ->
                json.put(key.toString(), value instanceof MetaDataValue typed ? jsonValue(typed) : value));
        return JSON.writeValueAsBytes(json);
    }

    private static Object jsonValue(MetaDataValue value) {
        return switch (value.getDataCase()) {
            case TEXT_VALUE -> value.getTextValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case BOOLEAN_VALUE -> value.getBooleanValue();
            case DOUBLE_VALUE -> value.getDoubleValue();
            case BYTES_VALUE -> {
                Map<String, Object> serialized = new LinkedHashMap<>();
                serialized.put("type", value.getBytesValue().getType());
                serialized.put("revision", value.getBytesValue().getRevision());
                serialized.put(
                        "data",
                        Base64.getEncoder()
                                .encodeToString(value.getBytesValue().getData().toByteArray()));
                yield serialized;
            }
            case DATA_NOT_SET -> null;
        };
    }

    /** Taken for the serializer any event was read with. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Serializer;
    }

    @Override
    public int hashCode() {
        return SerializedForm.class.hashCode();
    }

    @Override
    public Converter getConverter() {
        return Unconverted.INSTANCE;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        throw new IllegalStateException("The event was not read from an event store: it has no stored form");
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return false;
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        throw new UnsupportedOperationException("reads serialized forms only");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        throw new UnsupportedOperationException("reads serialized forms only");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        throw new UnsupportedOperationException("reads serialized forms only");
    }

    /** Hands every serialized object back as it is. */
    private enum Unconverted implements Converter {
        INSTANCE;

        @Override
        public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T convert(Object original, Class<?> sourceType, Class<T> targetType) {
            return (T) original;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> SerializedObject<T> convert(SerializedObject<?> original, Class<T> targetType) {
            return (SerializedObject<T>) original;
        }
    }
}
