package dk.ecei.indicator;

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

@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/current")
    CatalogueView current() {
        return catalogue.current();
    }

    @GetMapping("/versions")
    List<CatalogueView.Summary> versions() {
        return catalogue.versions();
    }

    @GetMapping("/versions/{code}")
    CatalogueView version(@PathVariable String code) {
        return catalogue.byCode(code);
    }

    @PostMapping("/versions")
    ResponseEntity<CatalogueView> publish(@Valid @RequestBody NewCatalogueVersion request) {
        CatalogueView published = catalogue.publish(request);
        return ResponseEntity.created(URI.create("/api/catalogue/versions/" + published.code())).body(published);
    }
}
