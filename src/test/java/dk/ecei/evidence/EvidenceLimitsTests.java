package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class EvidenceLimitsTests {

    @Test
    void limitsThatFitPass() {
        assertThat(EvidenceLimits.problems(DataSize.ofMegabytes(10), DataSize.ofMegabytes(10), DataSize.ofMegabytes(25),
                16L * 1024 * 1024)).isEmpty();
        assertThat(EvidenceLimits.problems(DataSize.ofMegabytes(10), DataSize.ofBytes(-1), DataSize.ofBytes(-1), null))
                .as("no limit in the parser, a store without a free-space figure").isEmpty();
    }

    @Test
    void aLimitAboveTheParserOrTheStoresFreeSpaceIsNamed() {
        assertThat(EvidenceLimits.problems(DataSize.ofMegabytes(200), DataSize.ofMegabytes(20), DataSize.ofMegabytes(25),
                16L * 1024 * 1024)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("max-file-size"))
                .anySatisfy(p -> assertThat(p).contains("max-request-size"))
                .anySatisfy(p -> assertThat(p).contains("16777216 bytes free"));
    }

    @Test
    void theSpoolAndTheS3StagingMustHoldAFileAndOnePutMustCarryIt() {
        long mb = 1024 * 1024;
        assertThat(EvidenceLimits.spoolAndObjectProblems(DataSize.ofMegabytes(200), 500 * mb, 500 * mb,
                EvidenceLimits.S3_SINGLE_PUT)).isEmpty();
        assertThat(EvidenceLimits.spoolAndObjectProblems(DataSize.ofMegabytes(200), null, null, null))
                .as("a directory store: no staging, no object limit").isEmpty();
        assertThat(EvidenceLimits.spoolAndObjectProblems(DataSize.ofMegabytes(200), 100 * mb, 150 * mb, null)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("multipart parser's directory").contains(100 * mb + " bytes free"))
                .anySatisfy(p -> assertThat(p).contains("S3 store stages uploads").contains(150 * mb + " bytes free"));
        assertThat(EvidenceLimits.spoolAndObjectProblems(DataSize.ofGigabytes(6), null, null, EvidenceLimits.S3_SINGLE_PUT))
                .singleElement().asString().contains("one S3 PUT");
    }
}
