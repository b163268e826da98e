package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** A change on reconsideration names the amount already awarded: that upholds the decision. */
public class AwardUnchanged extends Refusal {

    AwardUnchanged(String detail) {
        super("award-unchanged", Kind.CONFLICT, detail);
    }
}
