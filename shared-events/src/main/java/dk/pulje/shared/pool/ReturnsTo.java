package dk.pulje.shared.pool;

/**
 * Where a pool's grant terms send money that is no longer awarded: a lapsed grant's amount, a closed grant's unpaid
 * rest and what grantees repay. {@code POOL}: back to the pool, available again for awards (tilbageføres til puljen).
 * {@code STATE}: back to the state, returned to the treasury in the finance year it belongs to (tilbagebetales til
 * statskassen); the pool's budget still counts it as used. Either way it is never shown as still awarded.
 */
public enum ReturnsTo {
    POOL,
    STATE
}
