package dk.ecei.label;

import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.PublicProblems;
import dk.ecei.shared.PlausibleDate;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.Region;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The label register; public to read. */
@Tag(name = "Labels", description = "The label register (public)")
@RestController
class LabelController {

    private final LabelRegister register;

    LabelController(LabelRegister register) {
        this.register = register;
    }

    /**
     * One page of the register ({@code page} from 0, {@code size} 1 to 100, 25 by default), filtered; highest level
     * first, then the latest end of validity.
     */
    @Operation(summary = "One page of labels, filtered by level, field, region and validity date")
    @PublicProblems
    @GetMapping("/api/labels")
    ListPage<LabelView> search(@RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) ClusterField field,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return register.page(level, field, region, validOn, PageQuery.of(page, size));
    }

    @Operation(summary = "One label")
    @PublicProblems
    @GetMapping("/api/labels/{id}")
    LabelView get(@PathVariable Long id) {
        return register.get(id);
    }

    @Operation(summary = "A cluster's labels")
    @PublicProblems
    @GetMapping("/api/clusters/{clusterId}/labels")
    List<LabelView> ofCluster(@PathVariable Long clusterId) {
        return register.ofCluster(clusterId);
    }
}
