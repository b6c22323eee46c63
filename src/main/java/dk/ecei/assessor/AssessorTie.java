package dk.ecei.assessor;

import dk.ecei.shared.IllegalStateChangeException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A period in which an assessor was bound to a cluster; part of the {@link Assessor} aggregate. */
@Entity
@Table(name = "assessor_tie")
class AssessorTie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TieKind kind;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    private String note;

    protected AssessorTie() {
    }

    AssessorTie(Long clusterId, TieKind kind, LocalDate fromDate, LocalDate toDate, String note) {
        if (toDate != null && toDate.isBefore(fromDate)) {
            throw new dk.ecei.shared.InvalidFieldException("toDate", "input.endBeforeStart", toDate, fromDate);
        }
        this.clusterId = clusterId;
        this.kind = kind;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    void end(LocalDate on) {
        if (toDate != null) {
            throw IllegalStateChangeException.of("tieEnded", String.valueOf(id), toDate);
        }
        if (on.isBefore(fromDate)) {
            throw new dk.ecei.shared.InvalidFieldException("toDate", "input.endBeforeStart", on, fromDate);
        }
        toDate = on;
    }

    AssignmentRules.TiePeriod period() {
        return new AssignmentRules.TiePeriod(clusterId, kind, fromDate, toDate);
    }

    Long getId() {
        return id;
    }

    Long getClusterId() {
        return clusterId;
    }

    TieKind getKind() {
        return kind;
    }

    LocalDate getFromDate() {
        return fromDate;
    }

    LocalDate getToDate() {
        return toDate;
    }

    String getNote() {
        return note;
    }
}
