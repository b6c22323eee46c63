package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every evidence store must do; each store's test class runs it against a real store. */
abstract class EvidenceStoreContract {

    abstract EvidenceStore store();

    @Test
    void storesUnderTheSha256AndReadsTheSameBytesBack() throws Exception {
        byte[] bytes = random(300_000, 1);
        EvidenceStore.Stored stored = store().put(new ByteArrayInputStream(bytes), 1_000_000);
        assertThat(stored.key()).isEqualTo(sha256(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(store().exists(stored.key())).isTrue();
        assertThat(store().size(stored.key())).isEqualTo(bytes.length);
        try (InputStream in = store().open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void readsFromAnOffsetWithoutTheBytesBefore() throws Exception {
        byte[] bytes = random(100_000, 2);
        String key = store().put(new ByteArrayInputStream(bytes), 1_000_000).key();
        try (InputStream in = store().open(key, 99_990)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 99_990, 100_000));
        }
    }

    @Test
    void theSameContentTwiceIsOneKey() throws Exception {
        byte[] bytes = "same bytes".getBytes(StandardCharsets.UTF_8);
        String first = store().put(new ByteArrayInputStream(bytes), 100).key();
        String second = store().put(new ByteArrayInputStream(bytes), 100).key();
        assertThat(second).isEqualTo(first);
        assertThat(keys()).filteredOn(first::equals).hasSize(1);
    }

    @Test
    void keepsNothingOfAStreamOverTheLimit() throws Exception {
        byte[] bytes = random(5_000, 3);
        List<String> before = keys();
        assertThatThrownBy(() -> store().put(new ByteArrayInputStream(bytes), 4_999))
                .isInstanceOf(EvidenceStore.TooLargeException.class);
        assertThat(store().exists(sha256(bytes))).isFalse();
        assertThat(keys()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void deletesAndListsWhatItHolds() throws Exception {
        String key = store().put(new ByteArrayInputStream(random(1_000, 4)), 10_000).key();
        assertThat(keys()).contains(key);
        store().delete(key);
        assertThat(store().exists(key)).isFalse();
        assertThat(store().size(key)).isEqualTo(-1);
        assertThat(keys()).doesNotContain(key);
        store().delete(key);
    }

    @Test
    void refusesAKeyThatIsNotAHash() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    List<String> keys() throws IOException {
        List<String> keys = new ArrayList<>();
        store().forEachKey(k -> keys.add(k.key()));
        return keys;
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed + System.nanoTime()).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
