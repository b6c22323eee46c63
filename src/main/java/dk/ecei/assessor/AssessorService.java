package dk.ecei.assessor;

import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers assessors, their qualifications and their ties to clusters, and answers whether an assessor may take an
 * assignment; the only way other modules reach assessor data. Queries carry no role check here because other
 * modules and the workflow engine (which runs without a user) ask them; the API restricts them in the controller.
 */
@Service
@Transactional
public class AssessorService {

    static final String AGGREGATE = "Assessor";

    private final AssessorRepository assessors;
    private final AssignmentRules rules;
    private final ClusterService clusters;
    private final AuditLog audit;
    private final Clock clock;

    AssessorService(AssessorRepository assessors, AssignmentRules rules, ClusterService clusters, AuditLog audit, Clock clock) {
        this.assessors = assessors;
        this.rules = rules;
        this.clusters = clusters;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('support-staff')")
    public AssessorView register(AssessorDetails details) {
        if (assessors.existsByUsername(details.normalisedUsername())) {
            throw ConflictException.of("assessorUsername", details.normalisedUsername());
        }
        Assessor assessor = assessors.saveAndFlush(new Assessor(details, clock.instant()));
        audit.record(AGGREGATE, assessor.getId(), "REGISTERED", describe(details));
        return AssessorView.of(assessor);
    }

    @PreAuthorize("hasRole('support-staff')")
    public AssessorView update(Long id, long expectedVersion, AssessorDetails details) {
        Assessor assessor = find(id);
        if (assessor.getVersion() != expectedVersion) {
            throw ConflictException.of("assessorVersion", String.valueOf(id), String.valueOf(assessor.getVersion()),
                    String.valueOf(expectedVersion));
        }
        if (assessors.existsByUsernameAndIdNot(details.normalisedUsername(), id)) {
            throw ConflictException.of("assessorUsername", details.normalisedUsername());
        }
        assessor.apply(details, clock.instant());
        assessors.flush();
        audit.record(AGGREGATE, id, "UPDATED", describe(details));
        return AssessorView.of(assessor);
    }

    /** Adds a qualification, or renews one the assessor already holds. */
    @PreAuthorize("hasRole('support-staff')")
    public AssessorView grantQualification(Long id, Qualification kind, LocalDate validUntil) {
        Assessor assessor = find(id);
        boolean renewed = assessor.grant(kind, validUntil, clock.instant());
        assessors.flush();
        audit.record(AGGREGATE, id, renewed ? "QUALIFICATION_RENEWED" : "QUALIFICATION_ADDED",
                Violation.of("trail.detail.qualification", kind + " valid until " + validUntil,
                        Violation.named("qualification." + kind.name(), kind.name()), validUntil));
        return AssessorView.of(assessor);
    }

    @PreAuthorize("hasRole('support-staff')")
    public AssessorView declareTie(Long id, TieDeclaration tie) {
        Assessor assessor = find(id);
        if (!clusters.exists(tie.clusterId())) {
            throw NotFoundException.of("cluster", tie.clusterId());
        }
        AssessorTie declared = assessor.declareTie(tie.clusterId(), tie.kind(), tie.fromDate(), tie.toDate(), tie.note(),
                clock.instant());
        assessors.flush();
        String tieText = "tie " + declared.getId() + ": " + tie.kind() + " of cluster " + tie.clusterId() + " from "
                + tie.fromDate() + (tie.toDate() == null ? ", ongoing" : " to " + tie.toDate());
        List<Violation> detail = new java.util.ArrayList<>(List.of(tie.toDate() == null
                ? Violation.of("trail.detail.tieDeclaredOngoing", tieText, Violation.named("tieKind." + tie.kind().name(),
                        tie.kind().name()), clusterName(tie.clusterId()), tie.fromDate())
                : Violation.of("trail.detail.tieDeclared", tieText, Violation.named("tieKind." + tie.kind().name(),
                        tie.kind().name()), clusterName(tie.clusterId()), tie.fromDate(), tie.toDate())));
        if (tie.note() != null) {
            detail.add(Violation.of("trail.detail.note", ", note=" + tie.note(), tie.note()));
        }
        audit.record(AGGREGATE, id, "TIE_DECLARED", detail);
        return AssessorView.of(assessor);
    }

    @PreAuthorize("hasRole('support-staff')")
    public AssessorView endTie(Long id, Long tieId, LocalDate on) {
        Assessor assessor = find(id);
        AssessorTie tie = assessor.endTie(tieId, on, clock.instant());
        assessors.flush();
        audit.record(AGGREGATE, id, "TIE_ENDED", Violation.of("trail.detail.tieEnded", "tie " + tieId + ": " + tie.getKind()
                + " of cluster " + tie.getClusterId() + " ended " + on, Violation.named("tieKind." + tie.getKind().name(),
                tie.getKind().name()), clusterName(tie.getClusterId()), on));
        return AssessorView.of(assessor);
    }

    @PreAuthorize("hasRole('support-staff')")
    public AssessorView deactivate(Long id) {
        Assessor assessor = find(id);
        assessor.deactivate(clock.instant());
        assessors.flush();
        audit.record(AGGREGATE, id, "DEACTIVATED", Violation.of("trail.detail.deactivated", assessor.getUsername(),
                Violation.person(assessor.getUsername())));
        return AssessorView.of(assessor);
    }

    @Transactional(readOnly = true)
    public AssessorView get(Long id) {
        return AssessorView.of(find(id));
    }

    @Transactional(readOnly = true)
    public AssessorView getByUsername(String username) {
        return findByUsername(username).map(AssessorView::of).orElseThrow(() -> NotFoundException.of("assessor", username));
    }

    /** Every registered assessor's full name by user name (one statement). */
    @Transactional(readOnly = true)
    public Map<String, String> allFullNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (Object[] row : assessors.allFullNames()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** The full names of those of the given users who are registered assessors, by user name (one statement). */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        for (Object[] row : assessors.fullNames(usernames)) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** Assessors by name or user name, qualification held (whatever its date) and whether active; every filter optional. */
    @Transactional(readOnly = true)
    public List<AssessorView> search(String text, Qualification qualification, Boolean active) {
        String needle = text == null || text.isBlank() ? null : text.strip();
        return assessors.search(qualification, active, needle).stream().map(AssessorView::of).toList();
    }

    /** Every reason why the assessor may not take the assignment; empty when they may. */
    @Transactional(readOnly = true)
    public List<Violation> assignmentProblems(String username, Long clusterId, Qualification required, LocalDate plannedDate) {
        List<Violation> problems = new ArrayList<>();
        if (!clusters.exists(clusterId)) {
            problems.add(Violation.of("rule.cluster.unknown", "Cluster " + clusterId + " is not registered", String.valueOf(clusterId)));
        }
        problems.addAll(expertProblems(username, clusterId, required, plannedDate));
        return problems;
    }

    /**
     * Every reason why the assessor may not take an assignment in a cluster the register holds (an assessment's own):
     * {@link #assignmentProblems} without asking whether the cluster is registered.
     */
    @Transactional(readOnly = true)
    public List<Violation> expertProblems(String username, Long clusterId, Qualification required, LocalDate plannedDate) {
        return candidate(username).map(c -> rules.assignmentProblems(c, clusterId, required, plannedDate))
                .orElseGet(() -> List.of(AssignmentRules.unknown(username)));
    }

    /**
     * Every reason why the two may not audit a cluster for Gold together; empty when they may. Each of them must also
     * pass {@link #assignmentProblems}. The cluster's country defaults to {@value AssignmentRules#DEFAULT_CLUSTER_COUNTRY}.
     */
    @Transactional(readOnly = true)
    public List<Violation> goldPairProblems(String first, String second, String clusterCountry) {
        Optional<AssignmentRules.Candidate> one = candidate(first);
        Optional<AssignmentRules.Candidate> other = candidate(second);
        List<Violation> problems = new ArrayList<>();
        one.ifPresentOrElse(a -> { }, () -> problems.add(AssignmentRules.unknown(first)));
        other.ifPresentOrElse(a -> { }, () -> problems.add(AssignmentRules.unknown(second)));
        problems.addAll(pairProblems(one, other, clusterCountry));
        return problems;
    }

    /** A Gold team's check: each expert's own problems ({@link #expertProblems}) and the pair's, in one call. */
    public record GoldTeamProblems(List<Violation> first, List<Violation> second, List<Violation> pair) {
    }

    /**
     * Every reason why the two may not audit the cluster {@code clusterId} (an assessment's own) for Gold together:
     * {@link #expertProblems} for each and {@link #goldPairProblems} for the pair, reading each expert once. An
     * unknown expert is named in their own problems only.
     */
    @Transactional(readOnly = true)
    public GoldTeamProblems goldTeamProblems(String first, String second, Long clusterId, LocalDate plannedDate,
            String clusterCountry) {
        Optional<AssignmentRules.Candidate> one = candidate(first);
        Optional<AssignmentRules.Candidate> other = key(first).isPresent() && key(first).equals(key(second)) ? one
                : candidate(second);
        return new GoldTeamProblems(own(one, first, clusterId, plannedDate), own(other, second, clusterId, plannedDate),
                pairProblems(one, other, clusterCountry));
    }

    private List<Violation> own(Optional<AssignmentRules.Candidate> candidate, String username, Long clusterId,
            LocalDate plannedDate) {
        return candidate.map(c -> rules.assignmentProblems(c, clusterId, Qualification.GOLD_ASSESSOR, plannedDate))
                .orElseGet(() -> List.of(AssignmentRules.unknown(username)));
    }

    private List<Violation> pairProblems(Optional<AssignmentRules.Candidate> one, Optional<AssignmentRules.Candidate> other,
            String clusterCountry) {
        return one.isPresent() && other.isPresent() ? rules.goldPairProblems(one.get(), other.get(), clusterCountry)
                : List.of();
    }

    /**
     * The active assessors who may take the assignment, least loaded first, then by name. The caller knows the load:
     * open assignments per user name (missing names count as none).
     */
    @Transactional(readOnly = true)
    public List<AssessorProposal> proposals(Long clusterId, Qualification required, LocalDate plannedDate,
            Map<String, Long> openAssignmentsByUsername) {
        if (!clusters.exists(clusterId)) {
            throw NotFoundException.of("cluster", clusterId);
        }
        Map<String, Long> load = openAssignmentsByUsername == null ? Map.of() : openAssignmentsByUsername;
        return assessors.findByActiveTrue().stream()
                .filter(a -> rules.assignmentProblems(a.candidate(), clusterId, required, plannedDate).isEmpty())
                .map(a -> new AssessorProposal(a.getId(), a.getUsername(), a.getFullName(), a.getCountry(),
                        a.getLanguages(), load.getOrDefault(a.getUsername(), 0L)))
                .sorted(Comparator.comparingLong(AssessorProposal::openAssignments)
                        .thenComparing(AssessorProposal::fullName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AssessorProposal::username))
                .toList();
    }

    /**
     * What the rules read of an assessor ({@link Assessor#candidate()}), in one statement instead of the entity's
     * three: each qualification and each tie once, the ties in the order the statement reads them (the entity's).
     */
    Optional<AssignmentRules.Candidate> candidate(String username) {
        List<Object[]> rows = key(username).map(assessors::candidateRows).orElse(List.of());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Qualification, LocalDate> qualifications = new EnumMap<>(Qualification.class);
        Map<Long, AssignmentRules.TiePeriod> ties = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                qualifications.put((Qualification) row[4], (LocalDate) row[5]);
            }
            if (row[6] != null) {
                ties.putIfAbsent((Long) row[6], new AssignmentRules.TiePeriod((Long) row[7], (TieKind) row[8],
                        (LocalDate) row[9], (LocalDate) row[10]));
            }
        }
        Object[] first = rows.get(0);
        return Optional.of(new AssignmentRules.Candidate((String) first[0], (String) first[1], (String) first[2],
                (Boolean) first[3], qualifications, List.copyOf(ties.values())));
    }

    private Optional<Assessor> findByUsername(String username) {
        return key(username).flatMap(assessors::findByUsername);
    }

    /** The user name an assessor is kept under (stripped, in lower case); none for a blank one. */
    private static Optional<String> key(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : Optional.of(username.strip().toLowerCase(Locale.ROOT));
    }

    private Assessor find(Long id) {
        return assessors.findById(id).orElseThrow(() -> NotFoundException.of("assessor", id));
    }

    private String clusterName(Long clusterId) {
        ClusterView cluster = clusters.byIds(java.util.Set.of(clusterId)).get(clusterId);
        return cluster == null ? String.valueOf(clusterId) : cluster.name();
    }

    private static Violation describe(AssessorDetails d) {
        return Violation.of("trail.detail.assessor", "username=" + d.normalisedUsername() + ", name=" + d.fullName() + ", email="
                + d.email() + ", country=" + d.country() + ", languages=" + d.languages(), d.fullName(), d.email(),
                String.valueOf(d.country()), String.valueOf(d.languages()));
    }
}
