package dk.ecei.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A cluster's figures for the year of a collection; the last submission counts. */
@Entity
@Table(name = "performance_report")
class PerformanceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private Long collectionId;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Column(name = "participating_companies", nullable = false)
    private int participatingCompanies;

    @Column(name = "participating_companies_under_50_employees", nullable = false)
    private int participatingCompaniesUnder50Employees;

    @Column(name = "companies_in_collaboration_projects", nullable = false)
    private int companiesInCollaborationProjects;

    @Column(name = "companies_in_international_activities", nullable = false)
    private int companiesInInternationalActivities;

    @Column(name = "companies_new_products_services_processes", nullable = false)
    private int companiesNewProductsServicesProcesses;

    @Column(name = "companies_new_ideas", nullable = false)
    private int companiesNewIdeas;

    @Column(name = "companies_in_courses", nullable = false)
    private int companiesInCourses;

    @Column(nullable = false)
    private int newsletters;

    @Column(name = "media_mentions", nullable = false)
    private int mediaMentions;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected PerformanceReport() {
    }

    PerformanceReport(Long collectionId, Long clusterId) {
        this.collectionId = collectionId;
        this.clusterId = clusterId;
    }

    void submit(PerformanceFigures f, String by, Instant now) {
        participatingCompanies = f.participatingCompanies();
        participatingCompaniesUnder50Employees = f.participatingCompaniesUnder50Employees();
        companiesInCollaborationProjects = f.companiesInCollaborationProjects();
        companiesInInternationalActivities = f.companiesInInternationalActivities();
        companiesNewProductsServicesProcesses = f.companiesNewProductsServicesProcesses();
        companiesNewIdeas = f.companiesNewIdeas();
        companiesInCourses = f.companiesInCourses();
        newsletters = f.newsletters();
        mediaMentions = f.mediaMentions();
        submittedBy = by;
        submittedAt = now;
    }

    PerformanceFigures figures() {
        return new PerformanceFigures(participatingCompanies, participatingCompaniesUnder50Employees,
                companiesInCollaborationProjects, companiesInInternationalActivities,
                companiesNewProductsServicesProcesses, companiesNewIdeas, companiesInCourses, newsletters, mediaMentions);
    }

    Long getId() {
        return id;
    }

    Long getCollectionId() {
        return collectionId;
    }

    Long getClusterId() {
        return clusterId;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    long getVersion() {
        return version;
    }
}
