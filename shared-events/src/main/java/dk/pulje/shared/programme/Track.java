package dk.pulje.shared.programme;

import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;

/**
 * A track (spor) of a programme, e.g. development, spread or data. {@code budget} is the track's own share of the
 * envelope, a ceiling for what its pools and initiatives hold; null where the programme names no share.
 */
public record Track(String code, String name, Money budget) {

    public Track {
        code = Identifier.require(code, "A track's code");
        name = Text.required(name, "A track's name", 200);
        if (budget != null && budget.isZero()) {
            throw new InvalidValue("track.budget", "A track's budget, when given, is above 0");
        }
    }
}
