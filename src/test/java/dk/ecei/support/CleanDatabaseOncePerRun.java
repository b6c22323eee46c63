package dk.ecei.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Every test run starts from an empty MariaDB schema: the first Spring context of the JVM cleans it (our tables and
 * the engine's) and migrates; later contexts only migrate, so they never pull tables from under a cached context.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class CleanDatabaseOncePerRun {

    private static final AtomicBoolean cleaned = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (cleaned.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
