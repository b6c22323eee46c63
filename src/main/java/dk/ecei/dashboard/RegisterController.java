package dk.ecei.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.PublicProblems;
import dk.ecei.shared.PlausibleDate;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.Region;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.PageQuery;
import dk.ecei.shared.ExportTexts;
import dk.ecei.shared.TableExports;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public label register: who holds which label until when. Anybody may read it; only labels valid today by default. */
@Tag(name = "Register", description = "The public label register")
@RestController
class RegisterController {

    private final DashboardQueries queries;
    private final DashboardCounts counts;
    private final ExportTexts exportTexts;

    RegisterController(DashboardQueries queries, DashboardCounts counts, ExportTexts exportTexts) {
        this.exportTexts = exportTexts;
        this.queries = queries;
        this.counts = counts;
    }

    /**
     * JSON answers one page ({@code page} from 0, {@code size} 1 to 100, 25 by default) with the total; the CSV and
     * Excel exports hold the whole register of the day, as an export is for.
     */
    @Operation(summary = "Labels valid on a date, searchable (public)")
    @PublicProblems
    @GetMapping("/api/register")
    ResponseEntity<?> register(@RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) ClusterField field,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("q is at most 200 characters");
        }
        PageQuery pageQuery = PageQuery.of(page, size);
        LocalDate day = validOn == null ? queries.today() : validOn;
        String fieldName = field == null ? null : field.name();
        String regionName = region == null ? null : region.name();
        if (format == null || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(counts.registerPage(day, level, fieldName, regionName, text, pageQuery));
        }
        return TableExports.respond(format, "ecei-label-register-" + day, null,
                () -> List.of(DashboardViews.registerTable(day, queries.register(day, level, fieldName, regionName, text))), exportTexts.forReader());
    }
}
