package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.security.CurrentUser;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.StatementCounter;
import dk.ecei.support.Users;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's summaries come from narrow rows, not entities: for every reader they must be exactly what the entities
 * say (the same readers, the same fields), an observer's included, in two statements (three for an observer).
 */
@IntegrationTest
class AssessmentSummariesIntegrationTests {

    @Autowired
    AssessmentSummaries summaries;

    @Autowired
    AssessmentRepository repository;

    @Autowired
    AssessmentSteps steps;

    @Autowired
    SilverGoldFixture fixture;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    ExpertAssignment assignment;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyReaderSeesWhatTheEntitiesSay() throws Exception {
        Long goldCluster = fixture.eligibleCluster();
        Users lead = fixture.newAssessor("DK");
        Users second = Users.ASSESSOR2;
        Long gold = fixture.goldInAudit(goldCluster, lead, second).id();
        Users observer = new Users("obs-" + UUID.randomUUID().toString().substring(0, 8), List.of(), null);
        Users.SUPPORT.run(() -> assignment.attachObserver(gold,
                new AssessmentCommands.AttachObserver(observer.username().toUpperCase(Locale.ROOT), "Erhvervshus Fyn")));
        Long bronzeCluster = bronze.eligibleCluster();
        Long answered = bronze.submitted(bronzeCluster, Users.ASSESSOR1).id();
        Long requested = bronze.requested(bronze.eligibleCluster()).id();
        List<Long> ids = List.of(gold, answered, requested, Long.MAX_VALUE);

        for (Users reader : List.of(Users.SUPPORT, Users.managerOf(goldCluster), Users.managerOf(bronzeCluster), lead, second,
                Users.ASSESSOR1, observer, fixture.newAssessor("SE"))) {
            Map<Long, AssessmentView.Summary> read = reader.call(() -> summaries.readable(ids, CurrentUser.get()));
            Map<Long, AssessmentView.Summary> entities = reader.call(() -> tx.execute(status -> repository.findAllById(ids)
                    .stream().filter(a -> AssessmentSteps.mayRead(a, CurrentUser.get()))
                    .collect(Collectors.toMap(Assessment::getId, steps::summary))));
            assertThat(read).as(reader.username()).isEqualTo(entities);
        }
        assertThat(Users.SUPPORT.call(() -> summaries.readable(ids, CurrentUser.get()))).containsOnlyKeys(gold, answered, requested);
        assertThat(observer.call(() -> summaries.readable(ids, CurrentUser.get()))).containsOnlyKeys(gold);
        assertThat(Users.managerOf(bronzeCluster).call(() -> summaries.readable(ids, CurrentUser.get())).get(answered).updatedAt())
                .isNotNull();

        assertThat(Users.SUPPORT.call(() -> count(ids))).isEqualTo(2);
        assertThat(observer.call(() -> count(ids))).isEqualTo(3);
        assertThat(Users.SUPPORT.call(() -> count(List.of()))).isZero();
    }

    private int count(List<Long> ids) {
        try {
            return StatementCounter.count(() -> summaries.readable(ids, CurrentUser.get()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
