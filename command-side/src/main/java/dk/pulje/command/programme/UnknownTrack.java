package dk.pulje.command.programme;

import dk.pulje.command.shared.Refusal;

/** A pool or an initiative names a track its programme does not have. */
public class UnknownTrack extends Refusal {

    UnknownTrack(String detail) {
        super("unknown-track", Kind.CONFLICT, detail);
    }
}
