package dk.pulje.query.audit.export;

import dk.pulje.query.audit.chain.ChainLink;

/**
 * What an audit package carries of an event of another stream chained between the pool's events: its aggregate and
 * content hash, which give its event hash and so its link. The aggregate is part of the event hash, so a connector
 * cannot claim another aggregate than its event's; one that claims the pool's is one of the pool's events left out.
 */
record Connector(String aggregateIdentifier, String contentHash) {

    /** The event's hash; throws {@link IllegalArgumentException} when the content hash is not 32 bytes in hex. */
    String eventHash() {
        return ChainLink.eventHash(aggregateIdentifier, contentHash);
    }
}
