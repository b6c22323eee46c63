package dk.ecei.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kept peer figures: who is in which group, and the cluster itself never among its peers. */
class PeerFiguresTests {

    private static PeerFigures.Member member(long id, Set<ClusterField> fields, Region region, boolean gold, int b11) {
        return new PeerFigures.Member(id, fields, region, gold, Map.of("B1.1", BigDecimal.valueOf(b11)));
    }

    private final Map<Long, PeerFigures.Member> members = new LinkedHashMap<>();

    {
        members.put(1L, member(1, Set.of(ClusterField.ENERGY), Region.SJAELLAND, false, 30));
        members.put(2L, member(2, Set.of(ClusterField.ENERGY), Region.SJAELLAND, true, 10));
        members.put(3L, member(3, Set.of(ClusterField.ENERGY, ClusterField.ICT), Region.NORDJYLLAND, true, 20));
        members.put(4L, member(4, Set.of(ClusterField.ICT), Region.SJAELLAND, false, 40));
        members.put(5L, member(5, Set.of(ClusterField.FOOD), null, true, 30));
    }

    private final PeerFigures.Snapshot figures = PeerFigures.Snapshot.of(members, Instant.EPOCH);

    @Test
    void theClusterIsTakenOutOfEveryGroupItIsIn() {
        PeerFigures.Member one = members.get(1L);
        assertThat(figures.peers(PeerGroup.COUNTRY, one, "B1.1")).containsExactly(10, 20, 30, 40);
        assertThat(figures.peers(PeerGroup.FIELD, one, "B1.1")).containsExactly(10, 20);
        assertThat(figures.peers(PeerGroup.REGION, one, "B1.1")).containsExactly(10, 40);
        assertThat(figures.peers(PeerGroup.GOLD, one, "B1.1")).containsExactly(10, 20, 30);
    }

    @Test
    void aClusterOfTwoFieldsHasEveryClusterSharingOneOfThemOnce() {
        PeerFigures.Member three = members.get(3L);
        assertThat(figures.peers(PeerGroup.FIELD, three, "B1.1")).containsExactly(10, 30, 40);
        assertThat(figures.peers(PeerGroup.GOLD, three, "B1.1")).containsExactly(10, 30);
    }

    @Test
    void aClusterWithoutRegionOrBenchmarkHasNoRegionGroupAndKeepsEveryPeer() {
        assertThat(figures.peers(PeerGroup.REGION, members.get(5L), "B1.1")).isEmpty();
        PeerFigures.Member outsider = new PeerFigures.Member(9L, Set.of(ClusterField.ENERGY), Region.SJAELLAND, false, Map.of());
        assertThat(figures.peers(PeerGroup.FIELD, outsider, "B1.1")).containsExactly(10, 20, 30);
        assertThat(figures.peers(PeerGroup.COUNTRY, outsider, "B2.1")).isEmpty();
    }
}
