package dk.pulje.shared.personal;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/**
 * A person's key was destroyed: every stored event that names them now shows {@code (slettet)}. The event names
 * only the pseudonymous subject, never the person.
 */
@Revision("1")
public record PersonalDataErased(String subject, Decision decision) {}
