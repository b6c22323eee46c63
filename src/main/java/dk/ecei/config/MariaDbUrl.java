package dk.ecei.config;

import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A MariaDB URL works as the user types it ({@code ECEI_DB_URL=jdbc:mariadb://host:3306/ecei}): the process engine
 * looks its tables up in the "current" database only when the driver is told {@code nullDatabaseMeansCurrent=true};
 * without it, on a server where another database already holds engine tables, the engine finds those, skips its
 * schema creation and fails ("Table 'ecei.ACT_GE_PROPERTY' doesn't exist"). The parameter is added here when the URL
 * lacks it (and said so in the log); a URL that sets it explicitly is left as written.
 */
public class MariaDbUrl implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "spring.datasource.url";
    static final String PARAMETER = "nullDatabaseMeansCurrent";

    private final Log log;

    public MariaDbUrl(DeferredLogFactory logs) {
        this.log = logs.getLog(MariaDbUrl.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url;
        try {
            url = environment.getProperty(PROPERTY);
        } catch (IllegalArgumentException unresolved) {
            return; // e.g. ${ECEI_DB_URL} not set in the prod profile: Spring Boot reports it as it always did
        }
        String fixed = withNullDatabaseMeansCurrent(url);
        if (fixed != null && !fixed.equals(url)) {
            environment.getPropertySources().addFirst(new MapPropertySource("ecei-mariadb-url", Map.of(PROPERTY, fixed)));
            log.info("Added " + PARAMETER + "=true to the MariaDB URL (the process engine needs it)");
        }
    }

    /** The URL with {@code nullDatabaseMeansCurrent=true} when it is a MariaDB URL without the parameter. */
    static String withNullDatabaseMeansCurrent(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:mariadb:", 0, "jdbc:mariadb:".length())) {
            return url;
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (name.trim().toLowerCase(Locale.ROOT).equals(PARAMETER.toLowerCase(Locale.ROOT))) {
                    return url;
                }
            }
        }
        String separator = query < 0 ? "?" : (url.endsWith("?") || url.endsWith("&") ? "" : "&");
        return url + separator + PARAMETER + "=true";
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
