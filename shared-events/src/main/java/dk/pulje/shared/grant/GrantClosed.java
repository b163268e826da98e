package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/** The grant is closed: final report and accounts approved, nothing owed. */
@Revision("1")
public record GrantClosed(GrantId grantId, Money paid, Money repaid, Decision decision) implements GrantEvent {
}
