package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.config.IcuMessageSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every name a person reads in a process diagram comes in Danish and in English, whatever the engine's model says. */
class DiagramNamesTests {

    private static final Locale DA = Locale.forLanguageTag("da");

    static Stream<String> models() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.map(p -> p.getFileName().toString().replace(".bpmn", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyNamedElementIsNamedInTheReadersLanguage(String key) throws Exception {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DiagramController diagrams = new DiagramController(messages);
        byte[] model = Files.readAllBytes(Path.of("bpmn", key + ".bpmn"));

        Map<String, String> english = names(model);
        Map<String, String> danish = names(diagrams.localised(new ByteArrayInputStream(model), key, DA));
        Map<String, String> inEnglish = names(diagrams.localised(new ByteArrayInputStream(model), key, Locale.ENGLISH));

        assertThat(danish.keySet()).isEqualTo(english.keySet());
        danish.forEach((id, name) -> assertThat(name).as("%s in Danish", id).isNotEqualTo(english.get(id)));
        inEnglish.forEach((id, name) -> assertThat(name).as("%s in English", id).doesNotContainPattern("[æøåÆØÅ]")
                .doesNotContain("Fristen", "Mærke", "Klyng", "Godkend"));
    }

    private static Map<String, String> names(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = new ByteArrayInputStream(xml)) {
            NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(DiagramController.BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("name") && !"message".equals(e.getLocalName())) {
                    names.put(e.getAttribute("id"), e.getAttribute("name"));
                }
            }
        }
        return names;
    }
}
