package dk.pulje.query.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key the chain's anchors are authenticated with (HMAC-SHA256): at least 256 bits, kept outside the database
 * ({@code pulje.chain.anchor-key}, Base64), so that whoever can write to the database cannot write an anchor.
 */
public final class AnchorKey {

    private static final int MINIMUM_BYTES = 32;

    private final SecretKeySpec key;

    private AnchorKey(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The key from its Base64 setting; throws {@link IllegalArgumentException} when it is shorter than 256 bits. */
    public static AnchorKey fromBase64(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("The chain's anchor key (pulje.chain.anchor-key) must be at least "
                    + MINIMUM_BYTES + " bytes in Base64");
        }
        return new AnchorKey(key);
    }

    /** The HMAC-SHA256 of {@code text} (UTF-8), in hex. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }

    /** Whether {@code mac} is the MAC of {@code text}, compared in constant time. */
    boolean authenticates(String text, String mac) {
        return mac != null
                && MessageDigest.isEqual(
                        mac(text).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }
}
