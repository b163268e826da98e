package dk.pulje.command.infra;

import dk.pulje.shared.common.Actor;
import org.axonframework.messaging.MetaData;

/** The metadata every command and event carries besides Axon's correlation and trace ids. */
public final class MetaDataKeys {

    public static final String USER = "userId";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";

    private MetaDataKeys() {}

    /** Who asks: copied onto every event the command causes (see the correlation data providers). */
    public static MetaData of(Actor actor) {
        MetaData metaData =
                MetaData.with(USER, actor.userId()).and(ROLE, actor.role().name());
        return actor.organisation() == null ? metaData : metaData.and(ORGANISATION, actor.organisation());
    }
}
