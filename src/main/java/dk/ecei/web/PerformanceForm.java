package dk.ecei.web;

import dk.ecei.performance.PerformanceFigures;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A cluster's figures for a year as the manager types them. A bean rather than a record for the same reason as
 * {@link ClusterForm}: th:field binds JavaBeans and keeps every typed value on a validation error. The field names
 * are those of {@link PerformanceFigures}, so a rule the account reports by field name lands next to its field.
 */
public class PerformanceForm {

    @NotNull @Min(0)
    private Integer participatingCompanies;
    @NotNull @Min(0)
    private Integer participatingCompaniesUnder50Employees;
    @NotNull @Min(0)
    private Integer companiesInCollaborationProjects;
    @NotNull @Min(0)
    private Integer companiesInInternationalActivities;
    @NotNull @Min(0)
    private Integer companiesNewProductsServicesProcesses;
    @NotNull @Min(0)
    private Integer companiesNewIdeas;
    @NotNull @Min(0)
    private Integer companiesInCourses;
    @NotNull @Min(0)
    private Integer newsletters;
    @NotNull @Min(0)
    private Integer mediaMentions;
    /** The version of the report being corrected; none for the first report. */
    private Long version;

    /** The inputs in the order of the form, each also the message key suffix of its label. */
    static final java.util.List<String> FIELDS = java.util.List.of("participatingCompanies",
            "participatingCompaniesUnder50Employees", "companiesInCollaborationProjects",
            "companiesInInternationalActivities", "companiesNewProductsServicesProcesses", "companiesNewIdeas",
            "companiesInCourses", "newsletters", "mediaMentions");

    static PerformanceForm of(PerformanceFigures f, long version) {
        PerformanceForm form = new PerformanceForm();
        form.participatingCompanies = f.participatingCompanies();
        form.participatingCompaniesUnder50Employees = f.participatingCompaniesUnder50Employees();
        form.companiesInCollaborationProjects = f.companiesInCollaborationProjects();
        form.companiesInInternationalActivities = f.companiesInInternationalActivities();
        form.companiesNewProductsServicesProcesses = f.companiesNewProductsServicesProcesses();
        form.companiesNewIdeas = f.companiesNewIdeas();
        form.companiesInCourses = f.companiesInCourses();
        form.newsletters = f.newsletters();
        form.mediaMentions = f.mediaMentions();
        form.version = version;
        return form;
    }

    PerformanceFigures figures() {
        return new PerformanceFigures(participatingCompanies, participatingCompaniesUnder50Employees,
                companiesInCollaborationProjects, companiesInInternationalActivities,
                companiesNewProductsServicesProcesses, companiesNewIdeas, companiesInCourses, newsletters, mediaMentions);
    }

    public Integer getParticipatingCompanies() { return participatingCompanies; }
    public void setParticipatingCompanies(Integer value) { this.participatingCompanies = value; }
    public Integer getParticipatingCompaniesUnder50Employees() { return participatingCompaniesUnder50Employees; }
    public void setParticipatingCompaniesUnder50Employees(Integer value) { this.participatingCompaniesUnder50Employees = value; }
    public Integer getCompaniesInCollaborationProjects() { return companiesInCollaborationProjects; }
    public void setCompaniesInCollaborationProjects(Integer value) { this.companiesInCollaborationProjects = value; }
    public Integer getCompaniesInInternationalActivities() { return companiesInInternationalActivities; }
    public void setCompaniesInInternationalActivities(Integer value) { this.companiesInInternationalActivities = value; }
    public Integer getCompaniesNewProductsServicesProcesses() { return companiesNewProductsServicesProcesses; }
    public void setCompaniesNewProductsServicesProcesses(Integer value) { this.companiesNewProductsServicesProcesses = value; }
    public Integer getCompaniesNewIdeas() { return companiesNewIdeas; }
    public void setCompaniesNewIdeas(Integer value) { this.companiesNewIdeas = value; }
    public Integer getCompaniesInCourses() { return companiesInCourses; }
    public void setCompaniesInCourses(Integer value) { this.companiesInCourses = value; }
    public Integer getNewsletters() { return newsletters; }
    public void setNewsletters(Integer value) { this.newsletters = value; }
    public Integer getMediaMentions() { return mediaMentions; }
    public void setMediaMentions(Integer value) { this.mediaMentions = value; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
