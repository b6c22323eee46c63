package dk.ecei.document;

import dk.ecei.label.LabelRegister;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Labels written before certificates existed (the 2016 register, imports) get theirs at start-up: every label
 * without a certificate is issued one, in batches, each audited; a label that has one is left alone, so a restart
 * issues nothing twice. Two nodes starting at once may race for a batch: the loser's batch is refused by the unique
 * label column and tried again label by label.
 */
@Component
class CertificateBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateBackfill.class);
    private static final int BATCH = 200;

    private final Certificates certificates;
    private final LabelRegister labels;
    private final TransactionTemplate transactions;
    private final DocumentSettings settings;

    CertificateBackfill(Certificates certificates, LabelRegister labels, TransactionTemplate transactions,
            DocumentSettings settings) {
        this.certificates = certificates;
        this.labels = labels;
        this.transactions = transactions;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (settings.issueMissingCertificatesAtStart()) {
            int issued = run();
            if (issued > 0) {
                LOG.info("Issued {} certificates for labels written before certificates existed", issued);
            }
        }
    }

    /** Issues the missing certificates; returns how many. */
    int run() {
        List<Long> ids = labels.ids();
        int issued = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                issued += transactions.execute(t -> certificates.issueMissing(batch));
            } catch (DataIntegrityViolationException raced) {
                for (Long id : batch) {
                    try {
                        issued += transactions.execute(t -> certificates.issueMissing(List.of(id)));
                    } catch (DataIntegrityViolationException alreadyIssued) {
                        // Another node issued it meanwhile.
                    }
                }
            }
        }
        return issued;
    }
}
