package dk.pulje.query.notification;

import dk.pulje.shared.application.ContactPerson;

/**
 * One e-mail to one person: to whom (their subject, to withdraw it if they are erased), what it says as text and as
 * HTML (none in e-mails written before there was any).
 */
record Notice(String name, String email, String personSubject, String subject, String body, String html) {

    static Notice to(ContactPerson recipient, Letters.Written letter) {
        return new Notice(
                recipient.name(),
                recipient.email(),
                recipient.subject(),
                letter.subject(),
                letter.text(),
                letter.html());
    }
}
