package dk.pulje.shared.programme;

import dk.pulje.shared.common.Money;

/**
 * A programme's envelope and how it is used: {@code allocated} is the sum of its pools' budgets,
 * {@code awarded} the sum of the grants awarded from them, {@code paid} and {@code repaid} what their grants
 * were paid and paid back.
 */
public record ProgrammeView(ProgrammeId programmeId, String name, Money envelope, Money allocated,
                            Money unallocated, Money awarded, int pools, Money paid, Money repaid) {
}
