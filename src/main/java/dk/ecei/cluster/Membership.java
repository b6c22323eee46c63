package dk.ecei.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.stream.Stream;

/** The clearly committed members of a cluster, counted by kind (the triple helix). SMEs are part of companies. */
@Embeddable
public record Membership(
        @Column(name = "members_companies") Integer companies,
        @Column(name = "members_smes") Integer smes,
        @Column(name = "members_knowledge_institutions") Integer knowledgeInstitutions,
        @Column(name = "members_public_actors") Integer publicActors,
        @Column(name = "members_other") Integer other) {

    public static Membership unknown() {
        return new Membership(null, null, null, null, null);
    }

    public boolean isKnown() {
        return Stream.of(companies, knowledgeInstitutions, publicActors, other).anyMatch(n -> n != null);
    }

    /** All committed members; SMEs are already counted among the companies. */
    public int total() {
        return Stream.of(companies, knowledgeInstitutions, publicActors, other).mapToInt(Membership::orZero).sum();
    }

    /** How many of the triple-helix kinds (companies, knowledge institutions, public actors) are present. */
    public int kindsPresent() {
        return (int) Stream.of(companies, knowledgeInstitutions, publicActors).filter(n -> orZero(n) > 0).count();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
