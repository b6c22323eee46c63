package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no cycles, only public types of another module used), and the module documentation
 * in docs/modules is written from the code on every test run: a PlantUML (C4) diagram of all modules and one per
 * module, a canvas per module (its public types, beans, events published and listened to, settings) and one
 * document that holds them all. The generated files are committed, so a change of the structure shows in the diff.
 */
class ModularityTests {

    static final String OUTPUT = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(EceiApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentationIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT)).writeDocumentation();

        Path docs = Path.of(OUTPUT);
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("all-docs.adoc")).exists();
        modules.forEach(module -> {
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        });
        assertThat(Files.readString(docs.resolve("module-label.adoc"))).contains("ecei.labels.expiry-reminder-before");
        assertThat(Files.readString(docs.resolve("module-notification.adoc")))
                .contains("Events listened to", "d.e.l.LabelExpired", "d.e.l.LabelExpiryApproaching");
        assertThat(Files.readString(docs.resolve("components.puml")))
                .contains("Notification, EceiApplication.EceiApplication.Label, \"listens to\"");
    }
}
