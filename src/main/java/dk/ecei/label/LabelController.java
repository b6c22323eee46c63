package dk.ecei.label;

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
@RestController
class LabelController {

    private final LabelRegister register;

    LabelController(LabelRegister register) {
        this.register = register;
    }

    @GetMapping("/api/labels")
    List<LabelView> search(@RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) ClusterField field,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
        return register.search(level, field, region, validOn);
    }

    @GetMapping("/api/labels/{id}")
    LabelView get(@PathVariable Long id) {
        return register.get(id);
    }

    @GetMapping("/api/clusters/{clusterId}/labels")
    List<LabelView> ofCluster(@PathVariable Long clusterId) {
        return register.ofCluster(clusterId);
    }
}
