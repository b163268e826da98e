package dk.pulje.query.audit.export;

import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.StoredEvent;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event of an audit package: every column of its stored row, the payload and metadata as the stored JSON text
 * verbatim (so their bytes, and with them the link, can be recomputed from the line alone), its number in the
 * chain, the link it was chained on and its own link, and the aggregates and content hashes of the other streams'
 * events chained after it, up to the pool's next event or the head, which connect it to them.
 */
record EventLine(StoredEvent event, long chainSequence, String previousLink, String link, List<Connector> followedBy) {

    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";
    private static final String FOLLOWED_BY = "followedBy";
    private static final String AGGREGATE = "aggregateIdentifier";
    private static final String CONTENT_HASH = "contentHash";

    /** Whether the link recomputes from the previous link and the line's own fields. */
    boolean linkRecomputes() {
        return previousLink != null
                && link != null
                && ChainLink.next(previousLink, event).equals(link);
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
            out.writeNumberProperty("chainSequence", chainSequence);
            out.writeStringProperty("previousLink", previousLink);
            out.writeStringProperty("link", link);
            out.writeName(FOLLOWED_BY);
            out.writeStartArray();
            for (Connector connector : followedBy) {
                out.writeStartObject();
                out.writeStringProperty(AGGREGATE, connector.aggregateIdentifier());
                out.writeStringProperty(CONTENT_HASH, connector.contentHash());
                out.writeEndObject();
            }
            out.writeEndArray();
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
        List<Connector> followedBy = new ArrayList<>();
        try (JsonParser in = json.createParser(line)) {
            require(in.nextToken() == JsonToken.START_OBJECT, "it is not a JSON object");
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                JsonToken token = in.nextToken();
                if (token == JsonToken.START_ARRAY && name.equals(FOLLOWED_BY)) {
                    for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
                        require(next == JsonToken.START_OBJECT, FOLLOWED_BY + " holds more than connectors");
                        followedBy.add(connector(in));
                    }
                } else if (token == JsonToken.START_OBJECT) {
                    int start = (int) in.currentTokenLocation().getCharOffset();
                    in.skipChildren();
                    values.put(name, line.substring(start, (int)
                            in.currentLocation().getCharOffset()));
                } else if (token == JsonToken.START_ARRAY) {
                    in.skipChildren();
                } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                    values.put(name, in.getString());
                }
            }
            require(in.nextToken() == null, "more follows the JSON object");
        }
        require(values.containsKey("eventIdentifier") && values.containsKey(PAYLOAD), "it is not an event");
        StoredEvent event = new StoredEvent(
                number(values, "globalIndex"),
                values.get("eventIdentifier"),
                values.get("aggregateIdentifier"),
                number(values, "sequenceNumber"),
                values.get("type"),
                values.get("timeStamp"),
                values.get("payloadType"),
                values.get("payloadRevision"),
                utf8(values.get(PAYLOAD)),
                utf8(values.get(META_DATA)));
        return new EventLine(
                event,
                number(values, "chainSequence"),
                values.get("previousLink"),
                values.get("link"),
                List.copyOf(followedBy));
    }

    /** One {@code {"aggregateIdentifier": …, "contentHash": …}} of {@code followedBy}, both required. */
    private static Connector connector(JsonParser in) {
        Map<String, String> values = new HashMap<>();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            require(
                    in.nextToken() == JsonToken.VALUE_STRING
                            && (name.equals(AGGREGATE) || name.equals(CONTENT_HASH))
                            && values.put(name, in.getString()) == null,
                    FOLLOWED_BY + " holds more than connectors");
        }
        require(values.size() == 2, FOLLOWED_BY + " holds a connector without " + AGGREGATE + " or " + CONTENT_HASH);
        return new Connector(values.get(AGGREGATE), values.get(CONTENT_HASH));
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
