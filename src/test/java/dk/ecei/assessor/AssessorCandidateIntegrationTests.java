package dk.ecei.assessor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.assessment.BronzeFixture;
import dk.ecei.shared.Violation;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.StatementCounter;
import dk.ecei.support.Users;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the assignment rules read of an assessor comes in one statement, a row for each qualification beside each tie;
 * it must be what the entity says of itself, each qualification and tie once and the ties in the entity's order.
 */
@IntegrationTest
class AssessorCandidateIntegrationTests {

    @Autowired
    AssessorService assessors;

    @Autowired
    AssessorRepository repository;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theOneStatementReadsWhatTheEntitySaysOfItself() {
        String username = "cand-" + UUID.randomUUID().toString().substring(0, 8);
        Long id = Users.SUPPORT.call(() -> assessors.register(new AssessorDetails(username, "Karen Kandidat",
                username + "@example.org", "DK", List.of("da", "en")))).id();
        Users.SUPPORT.run(() -> assessors.grantQualification(id, Qualification.BENCHMARKING_EXPERT, LocalDate.of(2030, 6, 30)));
        Users.SUPPORT.run(() -> assessors.grantQualification(id, Qualification.SILVER_AUDITOR, LocalDate.of(2029, 1, 31)));
        Users.SUPPORT.run(() -> assessors.grantQualification(id, Qualification.GOLD_ASSESSOR, LocalDate.of(2028, 3, 1)));
        Long first = bronze.eligibleCluster();
        Long second = bronze.eligibleCluster();
        // Declared out of order: the later tie first, two starting on the same day.
        Users.SUPPORT.run(() -> assessors.declareTie(id, new TieDeclaration(second, TieKind.CONSULTANT,
                LocalDate.of(2024, 5, 1), null, "Rådgiver")));
        Users.SUPPORT.run(() -> assessors.declareTie(id, new TieDeclaration(first, TieKind.EMPLOYEE,
                LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), "Ansat")));
        Users.SUPPORT.run(() -> assessors.declareTie(id, new TieDeclaration(first, TieKind.MEMBER,
                LocalDate.of(2024, 5, 1), null, "Medlem")));

        AssignmentRules.Candidate read = assessors.candidate(username.toUpperCase(Locale.ROOT)).orElseThrow();
        AssignmentRules.Candidate entity = tx.execute(status -> repository.findByUsername(username).orElseThrow().candidate());

        assertThat(read).isEqualTo(entity);
        assertThat(read.qualifications()).hasSize(3);
        assertThat(read.ties()).extracting(AssignmentRules.TiePeriod::kind)
                .containsExactly(TieKind.EMPLOYEE, TieKind.CONSULTANT, TieKind.MEMBER);
        assertThat(read.fullName()).isEqualTo("Karen Kandidat");
        assertThat(read.active()).isTrue();
    }

    @Test
    void anAssessorWithoutQualificationsOrTiesAndAnUnknownName() {
        String username = "bare-" + UUID.randomUUID().toString().substring(0, 8);
        Users.SUPPORT.run(() -> assessors.register(new AssessorDetails(username, "Bo Bar", username + "@example.org", "SE",
                List.of("sv"))));

        AssignmentRules.Candidate read = assessors.candidate(username).orElseThrow();

        assertThat(read.qualifications()).isEmpty();
        assertThat(read.ties()).isEmpty();
        assertThat(read.country()).isEqualTo("SE");
        assertThat(assessors.candidate("ukendt-" + username)).isEmpty();
        assertThat(assessors.candidate(" ")).isEmpty();
    }

    @Test
    void aGoldTeamIsCheckedReadingEachExpertOnceAndNamesAnUnknownExpertAtTheirOwnPlaceOnly() throws Exception {
        String dane = "dane-" + UUID.randomUUID().toString().substring(0, 8);
        Long id = Users.SUPPORT.call(() -> assessors.register(new AssessorDetails(dane, "Dorte Dansk", dane + "@example.org",
                "DK", List.of("da")))).id();
        Users.SUPPORT.run(() -> assessors.grantQualification(id, Qualification.GOLD_ASSESSOR, LocalDate.of(2030, 1, 1)));
        Long cluster = bronze.eligibleCluster();
        LocalDate planned = LocalDate.of(2027, 3, 1);
        AssessorService.GoldTeamProblems[] team = new AssessorService.GoldTeamProblems[1];

        int statements = StatementCounter.count(() -> team[0] = assessors.goldTeamProblems("assessor1", dane, cluster, planned, "DK"));

        assertThat(statements).isEqualTo(2);
        assertThat(team[0].first()).isEqualTo(assessors.expertProblems("assessor1", cluster, Qualification.GOLD_ASSESSOR, planned));
        assertThat(team[0].second()).isEmpty();
        assertThat(team[0].pair()).isEqualTo(assessors.goldPairProblems("assessor1", dane, "DK"))
                .extracting(Violation::code).containsExactly("rule.pair.noForeignExpert");

        AssessorService.GoldTeamProblems unknown = assessors.goldTeamProblems(dane, "ukendt-" + dane, cluster, planned, "DK");
        assertThat(unknown.first()).isEmpty();
        assertThat(unknown.second()).extracting(Violation::code).containsExactly("rule.assessor.unknown");
        assertThat(unknown.pair()).isEmpty();

        int twice = StatementCounter.count(() -> assessors.goldTeamProblems(dane, dane.toUpperCase(Locale.ROOT), cluster, planned, "DK"));
        assertThat(twice).isEqualTo(1);
        assertThat(assessors.goldTeamProblems(dane, dane, cluster, planned, "DK").pair()).extracting(Violation::code)
                .containsExactly("rule.pair.same");
    }
}
