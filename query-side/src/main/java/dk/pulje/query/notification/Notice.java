package dk.pulje.query.notification;

/** One e-mail to one person: to whom (their subject, to withdraw it if they are erased), what it says. */
record Notice(String name, String email, String personSubject, String subject, String body) {
}
