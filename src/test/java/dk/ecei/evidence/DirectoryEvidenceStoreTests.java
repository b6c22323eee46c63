package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryEvidenceStoreTests extends EvidenceStoreContract {

    @TempDir
    Path root;

    DirectoryEvidenceStore store;

    @BeforeEach
    void open() {
        store = new DirectoryEvidenceStore(root, Clock.systemUTC());
    }

    @Override
    EvidenceStore store() {
        return store;
    }

    @Test
    void shardsByHashPrefixAndLeavesNoTemporaryFile() throws Exception {
        String key = store.put(new ByteArrayInputStream(random(10, 5)), 100).key();
        assertThat(root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key)).isRegularFile();
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }
}
