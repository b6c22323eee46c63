package dk.ecei.assessor;

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

    public static String unknown(String username) {
        return "No assessor with the user name '" + username + "' is registered";
    }

    public List<String> assignmentProblems(Candidate assessor, Long clusterId, Qualification required, LocalDate plannedDate) {
        List<String> problems = new ArrayList<>();
        String who = "Assessor " + assessor.username();
        if (!assessor.active()) {
            problems.add(who + " is no longer active");
        }
        LocalDate validUntil = assessor.qualifications().get(required);
        if (validUntil == null) {
            problems.add(who + " does not hold the " + required + " qualification");
        } else if (validUntil.isBefore(plannedDate)) {
            problems.add(who + "'s " + required + " qualification ended on " + validUntil
                    + ", before the planned date " + plannedDate);
        }
        LocalDate conflictStart = plannedDate.minusYears(settings.conflictYears());
        for (TiePeriod tie : assessor.ties()) {
            if (tie.clusterId().equals(clusterId) && tie.overlaps(conflictStart, plannedDate)) {
                problems.add(who + (tie.to() == null
                        ? " is " + tie.kind() + " of cluster " + clusterId + " since " + tie.from()
                        : " was " + tie.kind() + " of cluster " + clusterId + " from " + tie.from() + " to " + tie.to())
                        + ", within " + settings.conflictYears() + " years before " + plannedDate);
            }
        }
        return problems;
    }

    /** The pair that audits a cluster for Gold; each of them must also pass {@link #assignmentProblems} on their own. */
    public List<String> goldPairProblems(Candidate first, Candidate second, String clusterCountry) {
        List<String> problems = new ArrayList<>();
        if (first.username().equalsIgnoreCase(second.username())) {
            problems.add("A Gold audit needs two different assessors, not " + first.username() + " twice");
            return problems;
        }
        String country = clusterCountry == null || clusterCountry.isBlank() ? DEFAULT_CLUSTER_COUNTRY : clusterCountry.strip();
        if (settings.goldRequiresForeignExpert()
                && first.country().equalsIgnoreCase(country) && second.country().equalsIgnoreCase(country)) {
            problems.add("A Gold audit needs at least one assessor from another country than the cluster's ("
                    + country.toUpperCase() + "); " + first.username() + " and " + second.username() + " are both from "
                    + country.toUpperCase());
        }
        return problems;
    }

    /** What the rules look at in an assessor. */
    public record Candidate(String username, String country, boolean active, Map<Qualification, LocalDate> qualifications,
            List<TiePeriod> ties) {

        public Candidate {
            qualifications = Map.copyOf(qualifications);
            ties = List.copyOf(ties);
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
