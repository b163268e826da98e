package dk.pulje.shared.pool;

import dk.pulje.shared.common.Text;

/** A pool's title and description in one language: as published, or a translation of them. */
public record PoolText(String title, String description) {

    public PoolText {
        title = Text.required(title, "A pool's title", 300);
        description = Text.optional(description, "A pool's description", 10_000);
    }
}
