package dk.ecei.evidence;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The evidence store the settings choose; scheduling for the orphan sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EvidenceStoreConfig {

    @Bean
    EvidenceStore evidenceStore(EvidenceSettings settings, Clock clock) {
        EvidenceSettings.Store store = settings.store();
        return switch (store.type()) {
            case DIRECTORY -> new DirectoryEvidenceStore(store.directory(), clock);
            case S3 -> S3EvidenceStore.of(store.s3());
        };
    }
}
