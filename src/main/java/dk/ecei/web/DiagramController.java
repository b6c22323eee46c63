package dk.ecei.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The BPMN models as the engine deploys them, for the diagram viewer (bpmn-js) on the assessment pages. */
@Controller
class DiagramController {

    @GetMapping("/diagrams/{key:[a-z0-9-]+}.bpmn")
    ResponseEntity<byte[]> model(@PathVariable String key) throws IOException {
        ClassPathResource model = new ClassPathResource("bpmn/" + key + ".bpmn");
        if (!model.exists()) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = model.getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(in.readAllBytes());
        }
    }
}
