package dk.ecei.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipTests {

    @Test
    void smesAreCountedAmongCompaniesNotTwice() {
        Membership m = new Membership(20, 15, 3, 2, 1);

        assertThat(m.total()).isEqualTo(26);
        assertThat(m.kindsPresent()).isEqualTo(3);
    }

    @Test
    void kindsPresentCountsOnlyTheTripleHelix() {
        assertThat(new Membership(30, null, 0, null, 5).kindsPresent()).isEqualTo(1);
        assertThat(new Membership(30, null, 2, null, null).kindsPresent()).isEqualTo(2);
        assertThat(Membership.unknown().isKnown()).isFalse();
        assertThat(Membership.unknown().total()).isZero();
    }
}
