package dk.pulje.command.pool;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An application as the pool needs it to decide: an entity of the Pool aggregate, changed only by its events. */
class Application {

    final ApplicationId id;
    final int round;
    final Applicant applicant;
    Money amountRequested;
    ApplicationStatus status = ApplicationStatus.SUBMITTED;
    final Set<String> assessors = new HashSet<>();
    final List<Integer> scores = new ArrayList<>();

    Application(ApplicationId id, int round, Applicant applicant, Money amountRequested) {
        this.id = id;
        this.round = round;
        this.applicant = applicant;
        this.amountRequested = amountRequested;
    }

    void requireStatus(String change, ApplicationStatus... allowed) {
        for (ApplicationStatus status : allowed) {
            if (this.status == status) {
                return;
            }
        }
        throw new ApplicationNotInState("Application " + id + " is " + this.status + ": it cannot be " + change);
    }
}
