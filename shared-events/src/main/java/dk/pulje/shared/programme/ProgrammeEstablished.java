package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ProgrammeEstablished(ProgrammeId programmeId, String name, Money envelope, Decision decision)
        implements ProgrammeEvent {
}
