package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.shared.Violation;
import java.util.List;
import java.util.Map;

/**
 * The self-assessment form of one assessment: the indicator groups of its catalogue version, the answers so far,
 * the success stories, progress and what is still missing before submission.
 */
public record Questionnaire(
        Long assessmentId,
        String catalogueVersion,
        List<CategoryView> groups,
        Map<String, Answer> answers,
        List<SuccessStory> successStories,
        int answered,
        int total,
        List<Violation> missing,
        List<String> changeableIndicators) {
}
