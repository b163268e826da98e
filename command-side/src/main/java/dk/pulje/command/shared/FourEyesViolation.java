package dk.pulje.command.shared;

/**
 * One person cannot both do and check: the assessor of an application does not decide it, and the proposer of a pool
 * amendment does not sign it a second time.
 */
public class FourEyesViolation extends Refusal {

    public FourEyesViolation(String detail) {
        super("four-eyes", Kind.FORBIDDEN, detail);
    }
}
