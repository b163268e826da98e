package dk.pulje.shared.personal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a fresh 96-bit nonce per seal; the subject is authenticated with the text, so seals cannot be swapped.
 * Texts are sealed with the person's key, and the person's key with the master key.
 */
final class Seal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** One cipher per thread, initialised again for each seal: looking the algorithm up cost more than sealing. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no AES-GCM", e);
        }
    });

    private Seal() {}

    static String close(String text, String subject, SecretKey key) {
        return Base64.getEncoder().encodeToString(close(text.getBytes(StandardCharsets.UTF_8), subject, key));
    }

    static String open(String sealed, String subject, SecretKey key) {
        return new String(open(Base64.getDecoder().decode(sealed), subject, key), StandardCharsets.UTF_8);
    }

    static byte[] close(byte[] bytes, String subject, SecretKey key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, subject, bytes);
        return ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    static byte[] open(byte[] sealed, String subject, SecretKey key) {
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] text = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return cipher(Cipher.DECRYPT_MODE, key, nonce, subject, text);
    }

    private static byte[] cipher(int mode, SecretKey key, byte[] nonce, String subject, byte[] input) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A seal does not open with the key given for its subject", e);
        }
    }
}
