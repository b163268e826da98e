package dk.pulje.shared.pool;

/** What an answer to a pool's question is: the form field an applicant fills in and how its answer is checked. */
public enum QuestionKind {
    /** Free text up to the question's length limit. */
    TEXT,
    /** A whole number, possibly negative. */
    NUMBER,
    /** Kroner and øre, as amounts are written everywhere else (e.g. 125000.50). */
    AMOUNT,
    /** A calendar date, yyyy-mm-dd. */
    DATE,
    /** One of the question's choices. */
    CHOICE,
    /** yes or no. */
    YES_NO,
    /** The document id of one of the application's attachments. */
    FILE
}
