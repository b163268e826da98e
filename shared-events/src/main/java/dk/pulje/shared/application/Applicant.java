package dk.pulje.shared.application;

import dk.pulje.shared.common.Cvr;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.MunicipalityCode;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.pool.ApplicantKind;

/**
 * The organisation that applies. A municipality is known by its municipality code (its name comes from the
 * reference list); every other kind by its CVR number.
 */
public record Applicant(ApplicantKind kind, String name, Cvr cvr, MunicipalityCode municipality) {

    public Applicant {
        if (kind == null) {
            throw new InvalidValue("applicant.kind", "An applicant has a kind");
        }
        if (kind == ApplicantKind.MUNICIPALITY) {
            if (municipality == null) {
                throw new InvalidValue("applicant.municipality", "A municipality applies with its municipality code");
            }
            name = municipality.municipalityName() + " Kommune";
        } else {
            if (cvr == null) {
                throw new InvalidValue(
                        "applicant.cvr",
                        "A " + kind.name().toLowerCase().replace('_', ' ') + " applies with its CVR number");
            }
            name = Text.required(name, "An applicant's name", 200);
        }
    }

    public static Applicant municipality(String code) {
        return new Applicant(ApplicantKind.MUNICIPALITY, null, null, MunicipalityCode.of(code));
    }

    /** The key under which "one active application per applicant per round" is kept. */
    public String key() {
        return kind == ApplicantKind.MUNICIPALITY ? "municipality:" + municipality : "cvr:" + cvr;
    }
}
