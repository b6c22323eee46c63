package dk.ecei.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessments the caller may see, one page at a time ({@code page} from 0, {@code size} 1 to 100, 25 by
 * default), filtered by level, step (status), open or finished, cluster (id or a text in its name) and expert, sorted.
 */
@Tag(name = "Assessments")
@RestController
@RequestMapping("/api/assessments")
class AssessmentListController {

    private final AssessmentSearch search;

    AssessmentListController(AssessmentSearch search) {
        this.search = search;
    }

    @Operation(summary = "Assessments the caller may see, filtered, sorted and paged")
    @ReadProblems
    @GetMapping
    ListPage<AssessmentView.Summary> list(@RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) AssessmentStatus step, @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) Long clusterId, @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String expert, @RequestParam(required = false) AssessmentFilter.Sort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return search.search(new AssessmentFilter(level, step, open, clusterId, cluster, expert, sort), PageQuery.of(page, size));
    }
}
