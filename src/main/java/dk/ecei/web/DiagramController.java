package dk.ecei.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The BPMN models as the engine deploys them, for the diagram viewer (bpmn-js) on the assessment pages, with every
 * element's name in the reader's language. The engine's model keeps its English names and ids; the names a person reads
 * come from the messages: {@code bpmn.<process>.<element id>}, else {@code bpmn.<element id>}, else the step's name
 * ({@code step.<process>.<id>}, {@code step.<id>}); an element without a text keeps the model's name.
 */
@Controller
class DiagramController {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final MessageSource messages;

    DiagramController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/diagrams/{key:[a-z0-9-]+}.bpmn")
    ResponseEntity<byte[]> model(@PathVariable String key) throws IOException {
        ClassPathResource model = new ClassPathResource("bpmn/" + key + ".bpmn");
        if (!model.exists()) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = model.getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .cacheControl(CacheControl.noCache()).header(HttpHeaders.VARY, "Cookie, Accept-Language")
                    .body(localised(in, key, LocaleContextHolder.getLocale()));
        }
    }

    byte[] localised(InputStream model, String key, Locale locale) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(model);
            NodeList elements = document.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String id = element.getAttribute("id");
                if (!id.isEmpty() && element.hasAttribute("name") && !"message".equals(element.getLocalName())) {
                    element.setAttribute("name", name(key, id, element.getAttribute("name"), locale));
                }
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("The model " + key + " cannot be read", e);
        }
    }

    private String name(String key, String id, String modelName, Locale locale) {
        for (String code : new String[] {"bpmn." + key + "." + id, "bpmn." + id, "step." + key + "." + id, "step." + id}) {
            String text = messages.getMessage(code, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return modelName;
    }
}
