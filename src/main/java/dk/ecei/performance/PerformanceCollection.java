package dk.ecei.performance;

import dk.ecei.shared.IllegalStateChangeException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The collection of one year's performance account. Reports are accepted only while it is open. */
@Entity
@Table(name = "performance_collection")
class PerformanceCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CollectionStatus status;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected PerformanceCollection() {
    }

    PerformanceCollection(int year, String openedBy, Instant now) {
        this.year = year;
        this.status = CollectionStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    void close(String by, Instant now) {
        if (status != CollectionStatus.OPEN) {
            throw IllegalStateChangeException.of("collectionClosed", String.valueOf(year));
        }
        status = CollectionStatus.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    void requireOpen() {
        if (status != CollectionStatus.OPEN) {
            throw IllegalStateChangeException.of("collectionClosedReports", String.valueOf(year));
        }
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    CollectionStatus getStatus() {
        return status;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
