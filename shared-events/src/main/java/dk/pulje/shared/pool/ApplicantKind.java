package dk.pulje.shared.pool;

/** The kinds of organisation a pool may be open to. */
public enum ApplicantKind {
    /** kommune */
    MUNICIPALITY,
    /** region */
    REGION,
    /** anbringelsessted: døgninstitution or opholdssted */
    CARE_INSTITUTION,
    /** forening or selvejende institution */
    ASSOCIATION
}
