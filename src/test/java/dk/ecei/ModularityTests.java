package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        try (var files = Files.list(docs)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(puml, inStableOrder(Files.readAllLines(puml)));
            }
        }

        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("all-docs.adoc")).exists();
        modules.forEach(module -> {
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        });
        assertThat(Files.readString(docs.resolve("module-label.adoc"))).contains("ecei.labels.expiry-reminder-days");
        assertThat(Files.readString(docs.resolve("module-notification.adoc")))
                .contains("Events listened to", "d.e.s.Notifying", "ecei.mail.max-attempts");
        assertThat(Files.readString(docs.resolve("components.puml")))
                .contains("Notification, EceiApplication.EceiApplication.Shared, \"listens to\"");
    }

    /**
     * The Documenter lists the modules and their relations in hash order, so every run would change the committed
     * files; runs of consecutive declarations of one kind (Component(...), Rel(...)) are sorted, which PlantUML
     * draws the same.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            int paren = line.indexOf('(');
            String lineKind = paren > 0 && line.strip().matches("\\w+\\(.*\\)") ? line.substring(0, paren) : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                sorted.addAll(run);
                run.clear();
            }
            kind = lineKind;
            if (lineKind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }
}
