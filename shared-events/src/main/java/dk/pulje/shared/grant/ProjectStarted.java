package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The grantee reports that the project has started. */
@Revision("1")
public record ProjectStarted(GrantId grantId, LocalDate startedOn, Decision decision) implements GrantEvent {}
