package dk.ecei.cluster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.WriteProblems;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Clusters", description = "The cluster register, eligibility and the figures managers propose")
@RestController
@RequestMapping("/api/clusters")
class ClusterController {

    private final ClusterService clusters;
    private final ClusterFigureProposals proposals;
    private final dk.ecei.shared.ProblemTexts texts;

    ClusterController(ClusterService clusters, ClusterFigureProposals proposals, dk.ecei.shared.ProblemTexts texts) {
        this.clusters = clusters;
        this.proposals = proposals;
        this.texts = texts;
    }

    /** One page of the register ({@code page} from 0, {@code size} 1 to 100, 25 by default), searched and sorted. */
    @Operation(summary = "Clusters, filtered, sorted and paged")
    @ReadProblems
    @GetMapping
    ListPage<ClusterView> list(@RequestParam(required = false) ClusterField field,
            @RequestParam(required = false) Region region,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) ClusterSort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return clusters.page(field, region, text, sort, PageQuery.of(page, size));
    }

    @Operation(summary = "One cluster")
    @ReadProblems
    @GetMapping("/{id}")
    ClusterView get(@PathVariable Long id) {
        return clusters.get(id);
    }

    /** Whether the cluster may apply for a label now, and every reason why not. */
    @Operation(summary = "Whether the cluster meets the eligibility profile in force, and what is missing")
    @ReadProblems
    @GetMapping("/{id}/eligibility")
    Eligible eligibility(@PathVariable Long id, jakarta.servlet.http.HttpServletRequest request) {
        List<dk.ecei.shared.Violation> violations = clusters.eligibilityViolations(id);
        java.util.Locale locale = dk.ecei.shared.ProblemTexts.localeOf(request);
        return new Eligible(violations.isEmpty(), violations.stream().map(v -> texts.text(v, locale)).toList(),
                violations.stream().map(v -> new Reason(v.code(), v.arguments().stream().map(a -> a instanceof
                        org.springframework.context.MessageSourceResolvable named && named.getCodes() != null
                        ? named.getCodes()[0] : String.valueOf(a)).toList())).toList());
    }

    /** The reasons in the reader's language (Accept-Language) for people; their codes and arguments for programs. */
    record Eligible(boolean eligible, List<String> reasons, List<Reason> violations) {
    }

    record Reason(String code, List<String> arguments) {
    }

    @Operation(summary = "Register a cluster (support staff)")
    @WriteProblems
    @PostMapping
    ResponseEntity<ClusterView> register(@Valid @RequestBody ClusterDetails details) {
        ClusterView created = clusters.register(details);
        return ResponseEntity.created(URI.create("/api/clusters/" + created.id())).body(created);
    }

    @Operation(summary = "Update a cluster's register entry (support staff)")
    @WriteProblems
    @PutMapping("/{id}")
    ClusterView update(@PathVariable Long id, @Valid @RequestBody ClusterUpdate update) {
        return clusters.update(id, update.version(), update.details());
    }

    /** The contact details, which the cluster's own managers keep current (support staff too). */
    @Operation(summary = "Update the contact details (the cluster's managers)")
    @WriteProblems
    @PutMapping("/{id}/contact")
    ClusterView updateContact(@PathVariable Long id, @Valid @RequestBody ClusterFigures.ContactUpdate update) {
        return clusters.updateContact(id, update.version(), update.website());
    }

    /** A manager proposes new eligibility figures; support staff confirm or reject them. */
    @Operation(summary = "Propose new eligibility figures (the cluster's managers)")
    @WriteProblems
    @PostMapping("/{id}/figure-proposals")
    ResponseEntity<FigureProposalView> propose(@PathVariable Long id, @Valid @RequestBody ClusterFigures.Proposal proposal) {
        FigureProposalView created = proposals.propose(id, proposal);
        return ResponseEntity.created(URI.create("/api/clusters/" + id + "/figure-proposals")).body(created);
    }

    @Operation(summary = "A cluster's figure proposals")
    @ReadProblems
    @GetMapping("/{id}/figure-proposals")
    List<FigureProposalView> proposalsOf(@PathVariable Long id) {
        return proposals.ofCluster(id);
    }

    @Operation(summary = "Figure proposals waiting for support staff")
    @ReadProblems
    @GetMapping("/figure-proposals")
    List<FigureProposalView> pendingProposals() {
        return proposals.pending();
    }

    @Operation(summary = "Confirm a figure proposal (support staff)")
    @WriteProblems
    @PostMapping("/figure-proposals/{proposalId}/confirm")
    FigureProposalView confirm(@PathVariable Long proposalId) {
        return proposals.confirm(proposalId);
    }

    @Operation(summary = "Reject a figure proposal with a reason (support staff)")
    @WriteProblems
    @PostMapping("/figure-proposals/{proposalId}/reject")
    FigureProposalView reject(@PathVariable Long proposalId, @Valid @RequestBody ClusterFigures.Rejection rejection) {
        return proposals.reject(proposalId, rejection.reason());
    }

    /** An update names the version it was based on, so that two people editing at once cannot overwrite each other. */
    record ClusterUpdate(@NotNull Long version, @NotNull @Valid ClusterDetails details) {
    }
}
