package dk.pulje.shared.programme;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import java.util.HashSet;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a political appropriation whose envelope pools and directly funded initiatives will draw from. When
 * {@code years} are given, they are the envelope split by finance year and add up to it; {@code tracks} are the
 * programme's parts, each optionally with its own share.
 */
public record EstablishProgramme(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        String name,
        Money envelope,
        Actor actor,
        String reason,
        FinanceYears years,
        List<Track> tracks) {

    public EstablishProgramme {
        name = Text.required(name, "A programme's name", 200);
        if (envelope == null || envelope.isZero()) {
            throw new InvalidValue("programme.envelope", "A programme needs an envelope above 0");
        }
        reason = Reason.optional(reason);
        years = years == null ? FinanceYears.NONE : years;
        if (!years.isEmpty() && !years.total().equals(envelope)) {
            throw new InvalidValue(
                    "programme.years",
                    "The finance years add up to " + years.total() + " kr., not to the envelope of " + envelope
                            + " kr.");
        }
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        if (tracks.stream()
                        .map(Track::code)
                        .collect(HashSet::new, HashSet::add, HashSet::addAll)
                        .size()
                != tracks.size()) {
            throw new InvalidValue("programme.tracks", "Every track has a code of its own");
        }
        Money shares = tracks.stream().map(Track::budget).filter(b -> b != null).reduce(Money.ZERO, Money::plus);
        if (shares.isGreaterThan(envelope)) {
            throw new InvalidValue(
                    "programme.tracks",
                    "The tracks' budgets add up to " + shares + " kr., more than the envelope of " + envelope + " kr.");
        }
    }

    /** A programme with one envelope, neither split by year nor into tracks. */
    public EstablishProgramme(ProgrammeId programmeId, String name, Money envelope, Actor actor, String reason) {
        this(programmeId, name, envelope, actor, reason, null, null);
    }
}
