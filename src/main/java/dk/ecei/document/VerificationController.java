package dk.ecei.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.PublicProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public verification API: no login; an unknown number is a 404 problem+json in the reader's language. */
@Tag(name = "Verification", description = "Public verification of a certificate by its number")
@RestController
class VerificationController {

    private final Certificates certificates;

    VerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    @Operation(summary = "Whether a certificate is valid, expired, withdrawn or not yet valid")
    @PublicProblems
    @GetMapping("/api/verify/{number}")
    Verification verify(@PathVariable String number) {
        return certificates.verify(number);
    }
}
