package dk.ecei.assessor;

import java.util.List;

/** An assessor who may take an assignment, with how many open assignments they already carry. */
public record AssessorProposal(Long id, String username, String fullName, String country, List<String> languages,
        long openAssignments) {
}
