package dk.ecei.assessor;

import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Whether an assessor may take an assignment. No public ECEI rule text exists; these are the rules users expect:
 * an active expert, qualified on the planned day, with no tie to the cluster in the conflict period before it, and
 * for Gold two different experts, at least one from another country than the cluster's. Each method returns every
 * reason to refuse, so that support staff see them all at once; an empty list means allowed.
 */
@Component
public class AssignmentRules {

    /** Clusters carry no country yet: all of them are in the Danish programme. */
    public static final String DEFAULT_CLUSTER_COUNTRY = "DK";

    private final AssessorSettings settings;

    public AssignmentRules(AssessorSettings settings) {
        this.settings = settings;
    }

    /** Whether support staff may waive this refusal with a recorded waiver: a tie to the cluster, nothing else. */
    public static boolean waivable(Violation problem) {
        return "rule.assessor.tieOngoing".equals(problem.code()) || "rule.assessor.tieEnded".equals(problem.code());
    }

    public static Violation unknown(String username) {
        return Violation.of("rule.assessor.unknown", "No assessor with the user name '" + username + "' is registered", username);
    }

    public List<Violation> assignmentProblems(Candidate assessor, Long clusterId, Qualification required, LocalDate plannedDate) {
        List<Violation> problems = new ArrayList<>();
        String who = "Assessor " + assessor.username();
        String name = assessor.fullName();
        if (!assessor.active()) {
            problems.add(Violation.of("rule.assessor.inactive", who + " is no longer active", name));
        }
        LocalDate validUntil = assessor.qualifications().get(required);
        Violation qualification = Violation.of("qualification." + required.name(), required.name());
        if (validUntil == null) {
            problems.add(Violation.of("rule.assessor.notQualified", who + " does not hold the " + required + " qualification",
                    name, qualification));
        } else if (validUntil.isBefore(plannedDate)) {
            problems.add(Violation.of("rule.assessor.qualificationEnded", who + "'s " + required + " qualification ended on "
                    + validUntil + ", before the planned date " + plannedDate, name, qualification, validUntil, plannedDate));
        }
        LocalDate conflictStart = plannedDate.minusYears(settings.conflictYears());
        for (TiePeriod tie : assessor.ties()) {
            if (tie.clusterId().equals(clusterId) && tie.overlaps(conflictStart, plannedDate)) {
                Violation kind = Violation.of("tieKind." + tie.kind().name(), tie.kind().name());
                String text = who + (tie.to() == null
                        ? " is " + tie.kind() + " of cluster " + clusterId + " since " + tie.from()
                        : " was " + tie.kind() + " of cluster " + clusterId + " from " + tie.from() + " to " + tie.to())
                        + ", within " + settings.conflictYears() + " years before " + plannedDate;
                problems.add(tie.to() == null
                        ? Violation.of("rule.assessor.tieOngoing", text, name, kind, tie.from(), settings.conflictYears(), plannedDate)
                        : Violation.of("rule.assessor.tieEnded", text, name, kind, tie.from(), tie.to(), settings.conflictYears(),
                                plannedDate));
            }
        }
        return problems;
    }

    /** The pair that audits a cluster for Gold; each of them must also pass {@link #assignmentProblems} on their own. */
    public List<Violation> goldPairProblems(Candidate first, Candidate second, String clusterCountry) {
        List<Violation> problems = new ArrayList<>();
        if (first.username().equalsIgnoreCase(second.username())) {
            problems.add(Violation.at("secondExpert", "rule.pair.same",
                    "A Gold audit needs two different assessors, not " + first.username() + " twice", first.fullName()));
            return problems;
        }
        String country = clusterCountry == null || clusterCountry.isBlank() ? DEFAULT_CLUSTER_COUNTRY : clusterCountry.strip();
        if (settings.goldRequiresForeignExpert()
                && first.country().equalsIgnoreCase(country) && second.country().equalsIgnoreCase(country)) {
            problems.add(Violation.at("secondExpert", "rule.pair.noForeignExpert",
                    "A Gold audit needs at least one assessor from another country than the cluster's ("
                    + country.toUpperCase() + "); " + first.username() + " and " + second.username() + " are both from "
                    + country.toUpperCase(), first.fullName(), second.fullName(), country.toUpperCase()));
        }
        return problems;
    }

    /** What the rules look at in an assessor. */
    public record Candidate(String username, String fullName, String country, boolean active,
            Map<Qualification, LocalDate> qualifications, List<TiePeriod> ties) {

        public Candidate {
            fullName = fullName == null || fullName.isBlank() ? username : fullName;
            qualifications = Map.copyOf(qualifications);
            ties = List.copyOf(ties);
        }

        /** An assessor known by user name only. */
        public Candidate(String username, String country, boolean active, Map<Qualification, LocalDate> qualifications,
                List<TiePeriod> ties) {
            this(username, username, country, active, qualifications, ties);
        }
    }

    /** A tie of an assessor to a cluster; {@code to} is empty while the tie goes on. */
    public record TiePeriod(Long clusterId, TieKind kind, LocalDate from, LocalDate to) {

        /** Whether the tie and the days from {@code start} to {@code end} (both included) have a day in common. */
        boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (to == null || !to.isBefore(start));
        }
    }
}
