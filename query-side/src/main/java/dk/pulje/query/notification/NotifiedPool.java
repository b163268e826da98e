package dk.pulje.query.notification;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.Round;

import java.util.List;
import java.util.Set;

/** A pool as its notices need it: what it is called, the text subscribers' topics are looked for in, whom it is for. */
record NotifiedPool(String title, String searchable, Money budget, Set<ApplicantKind> kinds, List<Round> rounds) {
}
