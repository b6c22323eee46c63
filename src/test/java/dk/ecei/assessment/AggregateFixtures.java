package dk.ecei.assessment;

import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small questionnaires and helpers for the aggregate unit tests: no Spring, no database. */
final class AggregateFixtures {

    static final Instant REQUESTED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-20T10:00:00Z");

    private AggregateFixtures() {
    }

    static IndicatorView indicator(long id, String code, boolean minimumRequirement) {
        return new IndicatorView(id, code, code + " da", code + " en", null, null, AnswerKind.TEXT, null, null, null,
                minimumRequirement, (int) id);
    }

    static Map<String, IndicatorView> questionnaire(String... codes) {
        Map<String, IndicatorView> byCode = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            byCode.put(codes[i], indicator(i + 1, codes[i], false));
        }
        return byCode;
    }

    static Map<String, String> answers(String... codes) {
        return List.of(codes).stream().collect(Collectors.toMap(c -> c, c -> "answer to " + c, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Saves answers as the service does: the aggregate checks them, the rows are written (here: in memory, where
     * {@link AnswerDrafts} writes them to the table) and the save is announced.
     */
    static void saveAnswers(Assessment assessment, Map<String, String> values, Map<String, IndicatorView> questionnaire,
            String by, Instant at) {
        Map<String, String> checked = assessment.checkAnswers(values, questionnaire);
        Map<String, Answer> rows = assessment.answers();
        checked.forEach((code, value) -> {
            if (value == null) {
                rows.remove(code);
            } else {
                Answer was = rows.get(code);
                rows.put(code, new Answer(questionnaire.get(code).id(), value, by, at, was == null ? 1 : was.version() + 1));
            }
        });
        assessment.answersSaved(List.copyOf(checked.keySet()));
    }

    /** The events the aggregate registered since the last save, by type name. */
    static List<String> eventNames(Assessment assessment) {
        return assessment.domainEvents().stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    static <T> T lastEvent(Assessment assessment, Class<T> type) {
        return assessment.domainEvents().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " in " + eventNames(assessment)));
    }
}
