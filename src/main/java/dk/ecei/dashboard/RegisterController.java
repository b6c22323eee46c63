package dk.ecei.dashboard;

import dk.ecei.shared.PlausibleDate;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.Region;
import dk.ecei.dashboard.DashboardViews.RegisterEntry;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.TableExports;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public label register: who holds which label until when. Anybody may read it; only labels valid today by default. */
@RestController
class RegisterController {

    private final DashboardQueries queries;

    RegisterController(DashboardQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/register")
    ResponseEntity<?> register(@RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) ClusterField field,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(required = false) String format) {
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("q is at most 200 characters");
        }
        LocalDate day = validOn == null ? queries.today() : validOn;
        List<RegisterEntry> entries = queries.register(day, level, field == null ? null : field.name(),
                region == null ? null : region.name(), text);
        return TableExports.respond(format, "ecei-label-register-" + day, entries,
                () -> List.of(DashboardViews.registerTable(day, entries)));
    }
}
