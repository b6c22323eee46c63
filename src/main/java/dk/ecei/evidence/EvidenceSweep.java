package dk.ecei.evidence;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored bytes that no evidence row references: what an upload left when its row was never written (a
 * refused year, a crash between the store and the commit). Only bytes older than the grace period go, because an
 * upload writes its bytes before its row commits (and a repeated upload refreshes the time of bytes it reuses).
 * Several nodes may sweep the same store; deleting twice is harmless.
 */
@Component
class EvidenceSweep {

    private static final Logger log = LoggerFactory.getLogger(EvidenceSweep.class);

    private final EvidenceStore store;
    private final EvidenceRepository files;
    private final EvidenceSettings settings;
    private final Clock clock;

    EvidenceSweep(EvidenceStore store, EvidenceRepository files, EvidenceSettings settings, Clock clock) {
        this.store = store;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ecei.evidence.sweep.interval:PT6H}", initialDelayString = "${ecei.evidence.sweep.interval:PT6H}")
    void scheduled() {
        try {
            int removed = sweep();
            if (removed > 0) {
                log.info("Evidence sweep removed {} stored file(s) without an evidence row", removed);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Evidence sweep failed; it runs again in {}", settings.sweep().interval(), e);
        }
    }

    /** Answers how many stored files were removed. */
    int sweep() throws IOException {
        Instant before = clock.instant().minus(settings.sweep().grace());
        int[] removed = {0};
        store.forEachKey(stored -> {
            if (stored.storedAt().isBefore(before) && !files.existsBySha256(stored.key())) {
                try {
                    store.delete(stored.key());
                    removed[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        return removed[0];
    }
}
