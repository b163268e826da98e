package dk.pulje.query.notification;

import dk.pulje.shared.common.Deadline;
import java.util.List;

/** What subscribers are told of a pool: that it is published, and that a round closes in a week. */
final class PoolNotices {

    private PoolNotices() {}

    /** The pool, called {@code title} in the reader's language. */
    static Letter published(String title, NotifiedPool pool, Deadline deadline, String link, String organisation) {
        return Letter.of(
                "published",
                say -> List.of(title),
                "title",
                title,
                "budget",
                pool.budget(),
                "kinds",
                pool.kinds(),
                "deadline",
                deadline,
                "link",
                link,
                "organisation",
                organisation);
    }

    static Letter approaching(String title, int round, Deadline deadline, String link, String organisation) {
        return Letter.of(
                "approaching",
                say -> List.of(title),
                "title",
                title,
                "round",
                round,
                "deadline",
                deadline,
                "link",
                link,
                "organisation",
                organisation);
    }
}
