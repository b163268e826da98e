package dk.pulje.query.audit.export;

import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.StoredEvent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One event of an audit package: every column of its stored row, the payload and metadata as the stored JSON text
 * verbatim (so their bytes, and with them the link, can be recomputed from the line alone), the link it was chained
 * on and its own link.
 */
record EventLine(StoredEvent event, String previousLink, String link) {

    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";

    /** Whether the link recomputes from the previous link and the line's own fields. */
    boolean linkRecomputes() {
        return previousLink != null && link != null && ChainLink.next(previousLink, event).equals(link);
    }

    String toJson(JsonMapper json) {
        StringWriter line = new StringWriter();
        try (JsonGenerator out = json.createGenerator(line)) {
            out.writeStartObject();
            out.writeNumberProperty("globalIndex", event.globalIndex());
            out.writeStringProperty("eventIdentifier", event.eventIdentifier());
            out.writeStringProperty("aggregateIdentifier", event.aggregateIdentifier());
            out.writeNumberProperty("sequenceNumber", event.sequenceNumber());
            out.writeStringProperty("type", event.type());
            out.writeStringProperty("timeStamp", event.timeStamp());
            out.writeStringProperty("payloadType", event.payloadType());
            out.writeStringProperty("payloadRevision", event.payloadRevision());
            writeRaw(out, PAYLOAD, event.payload());
            writeRaw(out, META_DATA, event.metaData());
            out.writeStringProperty("previousLink", previousLink);
            out.writeStringProperty("link", link);
            out.writeEndObject();
        }
        return line.toString();
    }

    private static void writeRaw(JsonGenerator out, String name, byte[] storedJson) {
        out.writeName(name);
        if (storedJson == null) {
            out.writeNull();
        } else {
            out.writeRawValue(new String(storedJson, StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads a line written by {@link #toJson}, keeping the payload's and metadata's text exactly as it stands in the
     * line; throws {@link IllegalArgumentException} when the line is not such a line.
     */
    static EventLine parse(String line, JsonMapper json) {
        Map<String, String> values = new HashMap<>();
        try (JsonParser in = json.createParser(line)) {
            require(in.nextToken() == JsonToken.START_OBJECT, "it is not a JSON object");
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                JsonToken token = in.nextToken();
                if (token == JsonToken.START_OBJECT) {
                    int start = (int) in.currentTokenLocation().getCharOffset();
                    in.skipChildren();
                    values.put(name, line.substring(start, (int) in.currentLocation().getCharOffset()));
                } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                    values.put(name, in.getString());
                }
            }
            require(in.nextToken() == null, "more follows the JSON object");
        }
        require(values.containsKey("eventIdentifier") && values.containsKey(PAYLOAD), "it is not an event");
        StoredEvent event = new StoredEvent(number(values, "globalIndex"), values.get("eventIdentifier"),
                values.get("aggregateIdentifier"), number(values, "sequenceNumber"), values.get("type"),
                values.get("timeStamp"), values.get("payloadType"), values.get("payloadRevision"),
                utf8(values.get(PAYLOAD)), utf8(values.get(META_DATA)));
        return new EventLine(event, values.get("previousLink"), values.get("link"));
    }

    /** The payload's JSON text, as stored. */
    String payloadText() {
        return new String(event.payload(), StandardCharsets.UTF_8);
    }

    private static long number(Map<String, String> values, String name) {
        try {
            return Long.parseLong(values.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number");
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalArgumentException(otherwise);
        }
    }
}
