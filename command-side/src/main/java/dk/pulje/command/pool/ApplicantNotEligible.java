package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool is not open to this kind of applicant. */
public class ApplicantNotEligible extends Refusal {

    ApplicantNotEligible(String detail) {
        super("applicant-not-eligible", Kind.CONFLICT, detail);
    }
}
