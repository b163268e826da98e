package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** A joint application is awarded only when every partner still named in it has confirmed its part. */
public class PartnersNotConfirmed extends Refusal {

    PartnersNotConfirmed(String detail) {
        super("partners-not-confirmed", Kind.CONFLICT, detail);
    }
}
