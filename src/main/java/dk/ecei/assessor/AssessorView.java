package dk.ecei.assessor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An assessor as other modules and API clients see it. */
public record AssessorView(
        Long id,
        String username,
        String fullName,
        String email,
        String country,
        List<String> languages,
        boolean active,
        List<QualificationView> qualifications,
        List<TieView> ties,
        long version,
        Instant updatedAt) {

    public record QualificationView(Qualification kind, LocalDate validUntil) {
    }

    /** A tie to a cluster; no {@code toDate} while it goes on. */
    public record TieView(Long id, Long clusterId, TieKind kind, LocalDate fromDate, LocalDate toDate, String note) {
    }

    static AssessorView of(Assessor a) {
        List<QualificationView> qualifications = a.getQualifications().entrySet().stream()
                .map(e -> new QualificationView(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(QualificationView::kind)).toList();
        List<TieView> ties = a.getTies().stream()
                .map(t -> new TieView(t.getId(), t.getClusterId(), t.getKind(), t.getFromDate(), t.getToDate(), t.getNote()))
                .toList();
        return new AssessorView(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getCountry(),
                a.getLanguages(), a.isActive(), qualifications, ties, a.getVersion(), a.getUpdatedAt());
    }
}
