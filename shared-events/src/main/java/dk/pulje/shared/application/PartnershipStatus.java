package dk.pulje.shared.application;

/** Where a partner named in a joint application stands: until it confirms, it is not active in the round with it. */
public enum PartnershipStatus {
    AWAITING_CONFIRMATION, CONFIRMED, DECLINED
}
