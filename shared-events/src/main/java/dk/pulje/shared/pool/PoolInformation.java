package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a pool's page tells applicants beyond its terms: whom to contact, questions and answers, and guidance
 * documents to download. Public, like the terms; set with the draft and changed by amendment, in full. A pool that
 * tells nothing of this has {@link #NONE}.
 */
public record PoolInformation(
        @JsonInclude(JsonInclude.Include.NON_NULL) PoolContact contact,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FaqEntry> faq,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GuidanceDocument> guidance) {

    public static final PoolInformation NONE = new PoolInformation(null, List.of(), List.of());

    static final int MOST_FAQ_ENTRIES = 50;
    static final int MOST_GUIDANCE_DOCUMENTS = 20;

    public PoolInformation {
        faq = faq == null ? List.of() : List.copyOf(faq);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        if (faq.size() > MOST_FAQ_ENTRIES) {
            throw new InvalidValue("pool.faq", "A pool has at most " + MOST_FAQ_ENTRIES + " FAQ entries");
        }
        if (guidance.size() > MOST_GUIDANCE_DOCUMENTS) {
            throw new InvalidValue(
                    "pool.guidance", "A pool has at most " + MOST_GUIDANCE_DOCUMENTS + " guidance documents");
        }
        if (new HashSet<>(guidance.stream().map(GuidanceDocument::documentId).toList()).size() != guidance.size()) {
            throw new InvalidValue("pool.guidance", "Each guidance document is named once, by its document id");
        }
    }

    @JsonIgnore
    public boolean isEmpty() {
        return contact == null && faq.isEmpty() && guidance.isEmpty();
    }

    /** The guidance document with {@code documentId}, if the pool publishes one. */
    public Optional<GuidanceDocument> guidanceDocument(String documentId) {
        return guidance.stream().filter(g -> g.documentId().equals(documentId)).findFirst();
    }
}
