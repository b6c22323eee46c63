package dk.ecei.performance;

import dk.ecei.shared.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cluster's figures for a year, named as the indicators of the national account
 * (../shared/reference/national-performance-2012-2018.csv).
 */
public record PerformanceFigures(
        @NotNull @Min(0) @Max(1000000) Integer participatingCompanies,
        @NotNull @Min(0) @Max(1000000) Integer participatingCompaniesUnder50Employees,
        @NotNull @Min(0) @Max(1000000) Integer companiesInCollaborationProjects,
        @NotNull @Min(0) @Max(1000000) Integer companiesInInternationalActivities,
        @NotNull @Min(0) @Max(1000000) Integer companiesNewProductsServicesProcesses,
        @NotNull @Min(0) @Max(1000000) Integer companiesNewIdeas,
        @NotNull @Min(0) @Max(1000000) Integer companiesInCourses,
        @NotNull @Min(0) @Max(1000000) Integer newsletters,
        @NotNull @Min(0) @Max(1000000) Integer mediaMentions) {

    /** The indicator names of the national account, in the order of the columns. */
    public static final List<String> INDICATORS = List.of("participating_companies",
            "participating_companies_under_50_employees", "companies_in_collaboration_projects",
            "companies_in_international_activities", "companies_new_products_services_processes",
            "companies_new_ideas", "companies_in_courses", "newsletters", "media_mentions");

    /** Every way the figures contradict each other: a subset of the participating companies cannot be larger. */
    List<Violation> inconsistencies() {
        List<Violation> reasons = new ArrayList<>();
        Map<String, Integer> subsets = new LinkedHashMap<>();
        subsets.put("participatingCompaniesUnder50Employees", participatingCompaniesUnder50Employees);
        subsets.put("companiesInCollaborationProjects", companiesInCollaborationProjects);
        subsets.put("companiesInInternationalActivities", companiesInInternationalActivities);
        subsets.put("companiesNewProductsServicesProcesses", companiesNewProductsServicesProcesses);
        subsets.put("companiesNewIdeas", companiesNewIdeas);
        subsets.put("companiesInCourses", companiesInCourses);
        subsets.forEach((name, value) -> {
            if (value > participatingCompanies) {
                reasons.add(Violation.at(name, "performance.moreThanParticipating",
                        name + " (" + value + ") is more than participatingCompanies (" + participatingCompanies + ")",
                        value, participatingCompanies));
            }
        });
        return reasons;
    }

    List<Integer> values() {
        return List.of(participatingCompanies, participatingCompaniesUnder50Employees, companiesInCollaborationProjects,
                companiesInInternationalActivities, companiesNewProductsServicesProcesses, companiesNewIdeas,
                companiesInCourses, newsletters, mediaMentions);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        List<Integer> values = values();
        for (int i = 0; i < INDICATORS.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(INDICATORS.get(i)).append('=').append(values.get(i));
        }
        return s.toString();
    }
}
