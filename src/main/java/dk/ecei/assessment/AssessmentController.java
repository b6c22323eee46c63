package dk.ecei.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.WriteProblems;
import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.AnswerClarification;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.AssessmentCommands.SaveImprovementAreas;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.RequestBenchmark;
import dk.ecei.assessment.AssessmentCommands.RequestClarification;
import dk.ecei.assessment.AssessmentCommands.SaveAnswers;
import dk.ecei.assessment.AssessmentCommands.SaveSuccessStories;
import dk.ecei.assessment.AssessmentCommands.Withdraw;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each step of an assessment as its own resource; the generic task API in {@link TaskController} does the same. */
@Tag(name = "Assessments", description = "Each step of a Bronze benchmark, a Silver or a Gold assessment as its own resource")
@RestController
@RequestMapping("/api/assessments")
class AssessmentController {

    private final AssessmentService assessments;
    private final AssessmentRequests requests;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final ExpertReviews reviews;
    private final LabelDecisions decisions;
    private final AuditLog audit;

    AssessmentController(AssessmentService assessments, AssessmentRequests requests, ExpertAssignment assignment,
            SelfAssessments selfAssessments, ExpertReviews reviews, LabelDecisions decisions, AuditLog audit) {
        this.assessments = assessments;
        this.requests = requests;
        this.assignment = assignment;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.audit = audit;
    }

    @Operation(summary = "Request a Bronze benchmark for the caller's cluster")
    @WriteProblems
    @PostMapping("/bronze")
    ResponseEntity<AssessmentView> requestBenchmark(@Valid @RequestBody RequestBenchmark request) {
        return created(requests.requestBenchmark(request.clusterId()));
    }

    @Operation(summary = "Request a Silver assessment")
    @WriteProblems
    @PostMapping("/silver")
    ResponseEntity<AssessmentView> requestSilver(@Valid @RequestBody RequestBenchmark request) {
        return created(requests.requestSilver(request.clusterId()));
    }

    @Operation(summary = "Request a Gold assessment (or its renewal)")
    @WriteProblems
    @PostMapping("/gold")
    ResponseEntity<AssessmentView> requestGold(@Valid @RequestBody RequestBenchmark request) {
        return created(requests.requestGold(request.clusterId()));
    }

    private static ResponseEntity<AssessmentView> created(AssessmentView created) {
        return ResponseEntity.created(URI.create("/api/assessments/" + created.id())).body(created);
    }

    @Operation(summary = "One assessment with its status, answers and decisions")
    @ReadProblems
    @GetMapping("/{id}")
    AssessmentView get(@PathVariable Long id) {
        return assessments.get(id);
    }

    @Operation(summary = "A renewal's scores compared with the earlier assessment")
    @ReadProblems
    @GetMapping("/{id}/comparison")
    ScoreComparison comparison(@PathVariable Long id) {
        return assessments.comparison(id);
    }

    @Operation(summary = "The audit trail of an assessment")
    @ReadProblems
    @GetMapping("/{id}/history")
    List<AuditEvent> history(@PathVariable Long id) {
        assessments.checkReadable(id);
        return audit.history(AssessmentService.AGGREGATE, id);
    }

    @Operation(summary = "Assign the benchmarking expert or Silver auditor (support staff)")
    @WriteProblems
    @PostMapping("/{id}/assignment")
    AssessmentView assignExpert(@PathVariable Long id, @Valid @RequestBody AssignExpert command) {
        return assignment.assignExpert(id, command);
    }

    @Operation(summary = "The indicators to answer with the answers so far")
    @ReadProblems
    @GetMapping("/{id}/questionnaire")
    Questionnaire questionnaire(@PathVariable Long id) {
        return assessments.questionnaire(id);
    }

    @Operation(summary = "Save self-assessment answers (a draft until submitted)")
    @WriteProblems
    @PutMapping("/{id}/answers")
    Questionnaire saveAnswers(@PathVariable Long id, @Valid @RequestBody SaveAnswers command) {
        return selfAssessments.saveAnswers(id, command.answers(), command.versions() == null ? Map.of() : command.versions());
    }

    @Operation(summary = "Save the three success stories of a Bronze benchmark")
    @WriteProblems
    @PutMapping("/{id}/success-stories")
    Questionnaire saveSuccessStories(@PathVariable Long id, @Valid @RequestBody SaveSuccessStories command) {
        return selfAssessments.saveSuccessStories(id, command.stories());
    }

    @Operation(summary = "Submit the self-assessment")
    @WriteProblems
    @PostMapping("/{id}/submission")
    AssessmentView submit(@PathVariable Long id) {
        return selfAssessments.submit(id);
    }

    @Operation(summary = "Ask the cluster to clarify named indicators (the expert)")
    @WriteProblems
    @PostMapping("/{id}/clarifications")
    AssessmentView requestClarification(@PathVariable Long id, @Valid @RequestBody RequestClarification command) {
        return reviews.requestClarification(id, command);
    }

    @Operation(summary = "Answer the open clarification request (the cluster manager)")
    @WriteProblems
    @PostMapping("/{id}/clarifications/answer")
    AssessmentView answerClarification(@PathVariable Long id, @Valid @RequestBody AnswerClarification command) {
        return selfAssessments.answerClarification(id, command);
    }

    @Operation(summary = "Write the Bronze report (the expert); the label follows")
    @WriteProblems
    @PostMapping("/{id}/report")
    AssessmentView writeReport(@PathVariable Long id, @Valid @RequestBody WriteReport command) {
        return reviews.writeReport(id, command);
    }

    @Operation(summary = "The Gold gap analysis: likely and best-case score, shortfalls")
    @ReadProblems
    @GetMapping("/{id}/gap-analysis")
    GapAnalysis gapAnalysis(@PathVariable Long id) {
        return assessments.gapAnalysis(id);
    }

    @Operation(summary = "Go on with the Gold assessment after the gap analysis")
    @WriteProblems
    @PostMapping("/{id}/gap-analysis/proceed")
    AssessmentView proceedAfterGapAnalysis(@PathVariable Long id) {
        return selfAssessments.proceedAfterGapAnalysis(id);
    }

    @Operation(summary = "Assign the two Gold experts (support staff)")
    @WriteProblems
    @PostMapping("/{id}/experts")
    AssessmentView assignExperts(@PathVariable Long id, @Valid @RequestBody AssignExperts command) {
        return assignment.assignExperts(id, command);
    }

    @Operation(summary = "Save the three Silver improvement areas")
    @WriteProblems
    @PutMapping("/{id}/improvement-areas")
    AssessmentView saveImprovementAreas(@PathVariable Long id, @Valid @RequestBody SaveImprovementAreas command) {
        return selfAssessments.saveImprovementAreas(id, command.areas());
    }

    @Operation(summary = "Record the Silver on-site audit and the minimum requirements (the auditor)")
    @WriteProblems
    @PostMapping("/{id}/silver-audit")
    AssessmentView recordSilverAudit(@PathVariable Long id, @Valid @RequestBody SilverAudit command) {
        return reviews.recordSilverAudit(id, command);
    }

    @Operation(summary = "Score every Gold indicator (each expert)")
    @WriteProblems
    @PostMapping("/{id}/scores")
    AssessmentView scoreIndicators(@PathVariable Long id, @Valid @RequestBody ScoreIndicators command) {
        return reviews.scoreIndicators(id, command);
    }

    @Operation(summary = "Record the final scores both Gold experts agreed (the lead expert)")
    @WriteProblems
    @PostMapping("/{id}/final-scores")
    AssessmentView agreeFinalScores(@PathVariable Long id, @Valid @RequestBody AgreeFinalScores command) {
        return reviews.agreeFinalScores(id, command);
    }

    @Operation(summary = "The label committee's decision: approve or send back (support staff)")
    @WriteProblems
    @PostMapping("/{id}/decision")
    AssessmentView decide(@PathVariable Long id, @Valid @RequestBody LabelDecision command) {
        return decisions.decide(id, command);
    }

    /** The recommendations waiting for the approval body (support staff). */
    @Operation(summary = "The recommendations waiting for the approval body")
    @ReadProblems
    @GetMapping("/approvals")
    List<AwaitingApproval> awaitingApproval() {
        return decisions.awaitingApproval();
    }

    /** The approval body decides several recommendations at a meeting, all or none. */
    @Operation(summary = "Decide several recommendations at a meeting of the approval body, all or none")
    @WriteProblems
    @PostMapping("/approvals")
    List<AssessmentView> decideBatch(@Valid @RequestBody AssessmentCommands.BatchDecision command) {
        return decisions.decideBatch(command);
    }

    /** Support staff attach an observer (read access, no scoring). */
    @Operation(summary = "Attach an observer (read access, no scoring) to an open assessment")
    @WriteProblems
    @PostMapping("/{id}/observers")
    AssessmentView attachObserver(@PathVariable Long id, @Valid @RequestBody AssessmentCommands.AttachObserver command) {
        return assignment.attachObserver(id, command);
    }

    /** Support staff detach an observer; their read access ends. */
    @Operation(summary = "Detach an observer from an assessment (their read access ends)")
    @WriteProblems
    @org.springframework.web.bind.annotation.DeleteMapping("/{id}/observers/{username}")
    AssessmentView detachObserver(@PathVariable Long id, @PathVariable String username) {
        return assignment.detachObserver(id, username);
    }

    @Operation(summary = "Withdraw an open assessment with a reason")
    @WriteProblems
    @PostMapping("/{id}/withdrawal")
    AssessmentView withdraw(@PathVariable Long id, @Valid @RequestBody Withdraw command) {
        return requests.withdraw(id, command.reason());
    }
}
