package dk.pulje.shared.application;

/**
 * Where a partner named in a joint application stands: until it confirms, it is not active in the round with it.
 * A partner that declined, or that the lead removed before it confirmed, is no longer one of the application's parties.
 */
public enum PartnershipStatus {
    AWAITING_CONFIRMATION,
    CONFIRMED,
    DECLINED,
    REMOVED
}
