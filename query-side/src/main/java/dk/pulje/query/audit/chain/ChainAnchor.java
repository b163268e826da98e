package dk.pulje.query.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The chain's head as it stood at a moment, authenticated with the anchor key and kept outside the database
 * (docs/audit.md): link number {@code chainSequence} was {@code head}, and {@code position} the highest global index
 * chained. A chain that later lacks that link, or has another link there, was cut or rewritten.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainAnchor(int chainFormat, long chainSequence, long position, String head, String at, String mac) {

    /** The head, anchored at {@code at} with {@code key}. */
    public static ChainAnchor of(ChainHead head, String at, AnchorKey key) {
        ChainAnchor unsigned =
                new ChainAnchor(ChainLink.FORMAT, head.chainSequence(), head.position(), head.link(), at, null);
        return new ChainAnchor(
                unsigned.chainFormat,
                unsigned.chainSequence,
                unsigned.position,
                unsigned.head,
                at,
                key.mac(unsigned.authenticatedText()));
    }

    /** Whether the anchor was made with {@code key} for the chain format in use, and not changed since. */
    public boolean authenticatedBy(AnchorKey key) {
        return chainFormat == ChainLink.FORMAT && head != null && key.authenticates(authenticatedText(), mac);
    }

    /** What the MAC covers: every field but the MAC, in a fixed order. */
    String authenticatedText() {
        return "pulje-chain-anchor|" + chainFormat + "|" + chainSequence + "|" + position + "|" + head + "|" + at;
    }
}
