package dk.pulje.query.infra;

import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;

/**
 * The token store of one query node among several. Its one change to Axon's: the store's identifier (a row the first
 * node to ask inserts) is read and made on connections of its own. On Axon Server every node asks for it as it
 * starts, inside a transaction; two nodes starting at once on a fresh database would both insert it, and on
 * PostgreSQL the loser's transaction, and with it the node's start, would fail. Outside it, the loser reads the
 * winner's row.
 */
class NodeTokenStore extends JdbcTokenStore {

    private final JdbcTokenStore ownConnections;

    NodeTokenStore(JdbcTokenStore.Builder tokens, DataSource dataSource) {
        super(tokens);
        this.ownConnections =
                tokens.connectionProvider(dataSource::getConnection).build();
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        try {
            return ownConnections.retrieveStorageIdentifier();
        } catch (UnableToRetrieveIdentifierException anotherNodeInsertedItFirst) {
            return ownConnections.retrieveStorageIdentifier();
        }
    }
}
