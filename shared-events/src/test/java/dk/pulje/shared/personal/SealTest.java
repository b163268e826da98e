package dk.pulje.shared.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class SealTest {

    private final SecretKey key = key();

    @Test
    void theSameTextSealedTwiceGivesTwoSealsThatBothOpen() {
        String first = Seal.close("Mette Hansen", "person-1", key);
        String second = Seal.close("Mette Hansen", "person-1", key);

        assertThat(first).isNotEqualTo(second);
        assertThat(Seal.open(first, "person-1", key)).isEqualTo("Mette Hansen");
        assertThat(Seal.open(second, "person-1", key)).isEqualTo("Mette Hansen");
    }

    @Test
    void aSealRefusedForAnotherSubjectLeavesTheThreadAbleToSealAndOpen() {
        String sealed = Seal.close("Mette Hansen", "person-1", key);

        assertThatThrownBy(() -> Seal.open(sealed, "person-2", key)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Seal.open(sealed, "person-1", key())).isInstanceOf(IllegalStateException.class);

        assertThat(Seal.open(sealed, "person-1", key)).isEqualTo("Mette Hansen");
        assertThat(Seal.open(Seal.close("Jens Olsen", "person-3", key), "person-3", key))
                .isEqualTo("Jens Olsen");
    }

    private static SecretKey key() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
