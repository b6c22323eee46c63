package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Both message files have the same keys, each once: a key written twice silently replaces the first text (a page of
 * one feature then shows another feature's words), and a key in one language only shows the other's.
 */
class MessagesTests {

    @Test
    void bothLanguagesHaveTheSameKeysEachOnce() throws IOException {
        List<String> danish = keys("messages_da.properties");
        List<String> english = keys("messages_en.properties");
        assertThat(duplicates(danish)).as("keys written twice in Danish").isEmpty();
        assertThat(duplicates(english)).as("keys written twice in English").isEmpty();
        assertThat(new TreeSet<>(danish)).isEqualTo(new TreeSet<>(english));
    }

    /** Fields, regions and cluster types are named by the message files only (the enums carry no names). */
    @Test
    void everyFieldRegionAndClusterTypeHasItsName() throws IOException {
        List<String> danish = keys("messages_da.properties");
        List<String> wanted = new ArrayList<>();
        for (dk.ecei.cluster.ClusterField f : dk.ecei.cluster.ClusterField.values()) {
            wanted.add("field." + f.name());
        }
        for (dk.ecei.cluster.Region r : dk.ecei.cluster.Region.values()) {
            wanted.add("region." + r.name());
        }
        for (dk.ecei.cluster.ClusterType t : dk.ecei.cluster.ClusterType.values()) {
            wanted.add("clusterType." + t.name());
        }
        assertThat(danish).containsAll(wanted);
    }

    private static List<String> keys(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }
}
