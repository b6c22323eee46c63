package dk.ecei.assessor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.WriteProblems;
import dk.ecei.shared.PlausibleDate;
import dk.ecei.shared.ProblemTexts;
import dk.ecei.shared.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessor register, for the support function only: assessors and cluster managers do not see who else
 * assesses or who is tied to which cluster.
 */
@Tag(name = "Assessors", description = "The assessor register: qualifications, ties to clusters, assignment proposals (support staff)")
@RestController
@RequestMapping("/api/assessors")
@PreAuthorize("hasAnyRole('support-staff', 'admin')")
class AssessorController {

    private final AssessorService assessors;
    private final AssignmentLoad load;
    private final Clock clock;
    private final ProblemTexts texts;

    AssessorController(AssessorService assessors, AssignmentLoad load, Clock clock, ProblemTexts texts) {
        this.texts = texts;
        this.assessors = assessors;
        this.load = load;
        this.clock = clock;
    }

    @Operation(summary = "Registered assessors, searchable")
    @ReadProblems
    @GetMapping
    List<AssessorView> list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) Qualification qualification,
            @RequestParam(required = false) Boolean active) {
        return assessors.search(text, qualification, active);
    }

    @Operation(summary = "One assessor with qualifications and ties")
    @ReadProblems
    @GetMapping("/{id}")
    AssessorView get(@PathVariable Long id) {
        return assessors.get(id);
    }

    @Operation(summary = "Register an assessor")
    @WriteProblems
    @PostMapping
    ResponseEntity<AssessorView> register(@Valid @RequestBody AssessorDetails details) {
        AssessorView created = assessors.register(details);
        return ResponseEntity.created(URI.create("/api/assessors/" + created.id())).body(created);
    }

    @Operation(summary = "Change an assessor's details")
    @WriteProblems
    @PutMapping("/{id}")
    AssessorView update(@PathVariable Long id, @Valid @RequestBody AssessorUpdate update) {
        return assessors.update(id, update.version(), update.details());
    }

    @Operation(summary = "Add or renew a qualification")
    @WriteProblems
    @PostMapping("/{id}/qualifications")
    AssessorView grantQualification(@PathVariable Long id, @Valid @RequestBody QualificationGrant grant) {
        return assessors.grantQualification(id, grant.kind(), grant.validUntil());
    }

    @Operation(summary = "Declare a tie to a cluster")
    @WriteProblems
    @PostMapping("/{id}/ties")
    AssessorView declareTie(@PathVariable Long id, @Valid @RequestBody TieDeclaration tie) {
        return assessors.declareTie(id, tie);
    }

    @Operation(summary = "End a tie to a cluster")
    @WriteProblems
    @PostMapping("/{id}/ties/{tieId}/end")
    AssessorView endTie(@PathVariable Long id, @PathVariable Long tieId, @Valid @RequestBody TieEnd end) {
        return assessors.endTie(id, tieId, end.toDate());
    }

    @Operation(summary = "Deactivate an assessor")
    @WriteProblems
    @PostMapping("/{id}/deactivate")
    AssessorView deactivate(@PathVariable Long id) {
        return assessors.deactivate(id);
    }

    /** Who may take an assignment on the cluster, least loaded first; without a date, today. */
    @Operation(summary = "Who may take an assignment, least busy first")
    @ReadProblems
    @GetMapping("/proposals")
    List<AssessorProposal> proposals(@RequestParam Long clusterId, @RequestParam Qualification qualification,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return assessors.proposals(clusterId, qualification, date == null ? LocalDate.now(clock) : date,
                load.openAssignmentsPerExpert());
    }

    /** Whether one assessor may take an assignment on the cluster, and every reason if not; without a date, today. */
    @Operation(summary = "Whether an assessor may assess a cluster, and why not")
    @ReadProblems
    @GetMapping("/check")
    AssignmentCheck check(@RequestParam String username, @RequestParam Long clusterId,
            @RequestParam Qualification qualification,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            jakarta.servlet.http.HttpServletRequest request) {
        List<Violation> problems = assessors.assignmentProblems(username, clusterId, qualification,
                date == null ? LocalDate.now(clock) : date);
        Locale locale = ProblemTexts.localeOf(request);
        return new AssignmentCheck(problems.isEmpty(), problems.stream().map(v -> texts.text(v, locale)).toList(),
                problems.stream().map(Violation::code).toList());
    }

    /** An update names the version it was based on, so that two people editing at once cannot overwrite each other. */
    record AssessorUpdate(@NotNull Long version, @NotNull @Valid AssessorDetails details) {
    }

    record QualificationGrant(@NotNull Qualification kind, @NotNull @PlausibleDate LocalDate validUntil) {
    }

    record TieEnd(@NotNull @PlausibleDate LocalDate toDate) {
    }

    /** The reasons in the reader's language, and their stable codes. */
    record AssignmentCheck(boolean allowed, List<String> reasons, List<String> codes) {
    }
}
