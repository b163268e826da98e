package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A programme with its envelope, its yearly envelopes ({@code years}, empty when it has none) and its tracks
 * (empty when it has none; events stored before revision 2 carry neither).
 */
@Revision("2")
public record ProgrammeEstablished(
        ProgrammeId programmeId, String name, Money envelope, Decision decision, FinanceYears years, List<Track> tracks)
        implements ProgrammeEvent {

    public ProgrammeEstablished {
        years = years == null ? FinanceYears.NONE : years;
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    public ProgrammeEstablished(ProgrammeId programmeId, String name, Money envelope, Decision decision) {
        this(programmeId, name, envelope, decision, null, null);
    }
}
