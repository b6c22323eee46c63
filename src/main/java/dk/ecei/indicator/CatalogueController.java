package dk.ecei.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.PublicProblems;
import dk.ecei.shared.WriteProblems;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Indicator catalogue", description = "The versioned indicator catalogue and the Gold pass rule")
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "The catalogue version in force")
    @PublicProblems
    @GetMapping("/current")
    CatalogueView current() {
        return catalogue.current();
    }

    @Operation(summary = "All catalogue versions")
    @PublicProblems
    @GetMapping("/versions")
    List<CatalogueView.Summary> versions() {
        return catalogue.versions();
    }

    @Operation(summary = "One catalogue version")
    @PublicProblems
    @GetMapping("/versions/{code}")
    CatalogueView version(@PathVariable String code) {
        return catalogue.byCode(code);
    }

    @Operation(summary = "Publish a new catalogue version (support staff)")
    @WriteProblems
    @PostMapping("/versions")
    ResponseEntity<CatalogueView> publish(@Valid @RequestBody NewCatalogueVersion request) {
        CatalogueView published = catalogue.publish(request);
        return ResponseEntity.created(URI.create("/api/catalogue/versions/" + published.code())).body(published);
    }
}
