package dk.ecei.document;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public verification API: no login; an unknown number is a 404 problem+json in the reader's language. */
@RestController
class VerificationController {

    private final Certificates certificates;

    VerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/api/verify/{number}")
    Verification verify(@PathVariable String number) {
        return certificates.verify(number);
    }
}
