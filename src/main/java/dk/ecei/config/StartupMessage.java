package dk.ecei.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the system where to open it. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        int port = web.getWebServer().getPort();
        boolean demo = env.getProperty("ecei.security.demo-login", Boolean.class, false);
        log.info("""

                ==============================================================
                 ECEI certification is running: open http://localhost:{}/
                 API documentation:               http://localhost:{}/swagger-ui.html
                 {}
                ==============================================================""", port, port,
                demo ? "DEMO LOGIN (not for production): support, assessor1, manager-clean ... password 'demo'"
                        : "Log in through Keycloak");
    }
}
