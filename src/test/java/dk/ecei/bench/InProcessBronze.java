package dk.ecei.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.assessment.AssessmentRequests;
import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.ExpertAssignment;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.SuccessStory;
import dk.ecei.security.Roles;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * The Bronze steps as the API's controllers make them, in the application's JVM and without HTTP: the same service
 * calls with the same users (an authenticated caller with the roles and cluster a login gives), so that the
 * application's own work on a step (its transaction: the aggregate, the rules, the engine, the audit, the events and
 * the view it returns) stands beside the bare engine, which also runs in process. What it leaves out is what only a
 * request has: Tomcat, the security filters, MVC, JSON and the validation of the request body.
 */
final class InProcessBronze {

    private final AssessmentRequests requests;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final ExpertReviews reviews;
    private final AssessmentService assessments;
    private final Map<String, String> answers;
    private final List<SuccessStory> stories;
    private final WriteReport report;

    /** The same answers, stories and report as the walk through the API, as the controllers get them. */
    InProcessBronze(ApplicationContext context, Map<String, String> answers, Map<String, Object> stories,
            Map<String, Object> report) {
        this.requests = context.getBean(AssessmentRequests.class);
        this.assignment = context.getBean(ExpertAssignment.class);
        this.selfAssessments = context.getBean(SelfAssessments.class);
        this.reviews = context.getBean(ExpertReviews.class);
        this.assessments = context.getBean(AssessmentService.class);
        ObjectMapper json = context.getBean(ObjectMapper.class);
        this.answers = answers;
        this.stories = List.of(json.convertValue(stories.get("stories"), SuccessStory[].class));
        this.report = json.convertValue(report, WriteReport.class);
    }

    Long request() {
        return manager(() -> requests.requestBenchmark(1L).id());
    }

    Object assign(Long id) {
        return support(() -> assignment.assignExpert(id, new AssignExpert("assessor1", TestClock.today().plusDays(14))));
    }

    Object saveAnswers(Long id) {
        return manager(() -> selfAssessments.saveAnswers(id, answers, Map.of()));
    }

    Object saveStories(Long id) {
        return manager(() -> selfAssessments.saveSuccessStories(id, stories));
    }

    Object submit(Long id) {
        return manager(() -> selfAssessments.submit(id));
    }

    Object writeReport(Long id) {
        return expert(() -> reviews.writeReport(id, report));
    }

    Object read(Long id) {
        return manager(() -> assessments.get(id));
    }

    /** manager-clean of the demo login, who manages cluster 1 (the walk's cluster), as the login makes the caller. */
    private static final Users MANAGER = new Users("manager-clean", List.of(Roles.CLUSTER_MANAGER), 1L);

    private static <T> T manager(Supplier<T> action) {
        return MANAGER.call(action);
    }

    private static <T> T support(Supplier<T> action) {
        return Users.SUPPORT.call(action);
    }

    private static <T> T expert(Supplier<T> action) {
        return Users.ASSESSOR1.call(action);
    }
}
