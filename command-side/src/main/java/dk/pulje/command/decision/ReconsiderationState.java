package dk.pulje.command.decision;

/** Where one reconsideration stands. */
record ReconsiderationState(String id, ReconsiderationStatus status) {

    boolean open() {
        return status == ReconsiderationStatus.RECEIVED;
    }

    ReconsiderationState to(ReconsiderationStatus next) {
        return new ReconsiderationState(id, next);
    }

    void require(String change, ReconsiderationStatus allowed) {
        if (status != allowed) {
            throw new ReconsiderationNotInState("Reconsideration " + id + " is " + status + ": it cannot be " + change);
        }
    }
}
