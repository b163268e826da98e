package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The partners of a joint application: at most ten, each once, the lead not among them. */
final class Partners {

    static final int MOST = 10;

    private Partners() {}

    static List<Applicant> checked(Applicant lead, List<Applicant> partners) {
        if (partners == null || partners.isEmpty()) {
            return List.of();
        }
        if (partners.size() > MOST) {
            throw new InvalidValue("partners.count", "A joint application has at most " + MOST + " partners");
        }
        Set<String> parties = new HashSet<>();
        parties.add(lead.key());
        for (Applicant partner : partners) {
            if (partner == null || !parties.add(partner.key())) {
                throw new InvalidValue(
                        "partners.unique",
                        "Each party of a joint application is named once, the lead " + "not among the partners");
            }
        }
        return List.copyOf(partners);
    }
}
