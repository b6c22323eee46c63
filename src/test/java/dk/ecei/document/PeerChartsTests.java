package dk.ecei.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.document.BenchmarkReport.Chart;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The box plots against positions computed by hand. Peers 10, 20, 30, 40, 50 (quartiles 20 / 30 / 40) and the
 * cluster's 35 on one scale from 10 to 50 drawn over 10 … 390 (380 px): x(v) = 10 + (v − 10) / 40 · 380, so
 * min 10, Q1 105, median 200, Q3 295, max 390 and the cluster at 247.5; the plot starts 110 px in, right of the names.
 */
class PeerChartsTests {

    private static final IndicatorView B11 = new IndicatorView(1L, "B1.1", "Medlemmer", "Members", null, null,
            AnswerKind.NUMBER, null, null, null, false, 1);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static PeerStatistics stats(BigDecimal own, double... values) {
        return PeerStatistics.of(Stream.of(values).flatMapToDouble(java.util.Arrays::stream).mapToObj(BigDecimal::valueOf)
                .toList(), own, 1).orElseThrow();
    }

    private static Map<PeerGroup, PeerStatistics> peers(PeerGroup group, PeerStatistics s) {
        Map<PeerGroup, PeerStatistics> map = new EnumMap<>(PeerGroup.class);
        map.put(group, s);
        return map;
    }

    private static Document xml(String markup) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element first(Document d, String tag, String cssClass) {
        NodeList nodes = d.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                return e;
            }
        }
        throw new AssertionError("No <" + tag + " class=" + cssClass + ">");
    }

    @Test
    void quartilesMedianAndTheClusterStandWhereComputedByHand() throws Exception {
        BigDecimal own = BigDecimal.valueOf(35);
        Chart chart = Chart.of(peers(PeerGroup.GOLD, stats(own, 10, 20, 30, 40, 50)), own);
        Chart.Row row = chart.rows().get(0);
        assertThat(List.of(row.minX(), row.q1X(), row.medianX(), row.q3X(), row.maxX()))
                .containsExactly(10.0, 105.0, 200.0, 295.0, 390.0);
        assertThat(chart.ownX()).isEqualTo(247.5);

        Document svg = xml(PeerCharts.svg(chart, "B1.1", PeerGroup::name));
        Element box = first(svg, "rect", null);
        assertThat(box.getAttribute("x")).isEqualTo("215");
        assertThat(box.getAttribute("width")).isEqualTo("190");
        Element median = first(svg, "line", "median");
        assertThat(median.getAttribute("x1")).isEqualTo("310");
        assertThat(first(svg, "circle", "own").getAttribute("cx")).isEqualTo("357.5");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 510 34");

        String boxes = PeerCharts.boxes(chart, "B1.1", PeerGroup::name);
        xml(boxes);
        // The PDF's plot at the same positions, drawn by PeerChartDrawer beside the groups' names.
        assertThat(boxes).contains("data-rows=\"10,105,200,295,390\"", "data-own=\"247.5\"", "data-width=\"400\"",
                "left: 110px; width: 400px; height: 28px;", ">GOLD</div>");
    }

    @Test
    void everyGroupOnOneScaleAndTheClusterOutsideTheirRangeWidensIt() {
        BigDecimal own = BigDecimal.valueOf(90);
        Map<PeerGroup, PeerStatistics> peers = new EnumMap<>(PeerGroup.class);
        peers.put(PeerGroup.COUNTRY, stats(own, 10, 20, 30, 40, 50));
        peers.put(PeerGroup.GOLD, stats(own, 50, 50, 50));
        Chart chart = Chart.of(peers, own);
        // Scale 10 … 90 over 380 px: 50 at 10 + 40/80 · 380 = 200, the cluster at the right end.
        assertThat(chart.rows()).extracting(Chart.Row::y).containsExactly(0, 28);
        assertThat(chart.rows().get(0).maxX()).isEqualTo(200.0);
        assertThat(chart.rows().get(1).medianX()).isEqualTo(200.0);
        assertThat(chart.ownX()).isEqualTo(390.0);
        assertThat(chart.height()).isEqualTo(56);
    }

    @Test
    void aFlatOrOneClusterGroupDrawsWithoutNaN() throws Exception {
        Chart flat = Chart.of(peers(PeerGroup.FIELD, stats(BigDecimal.valueOf(7), 7, 7, 7, 7, 7)), BigDecimal.valueOf(7));
        Chart single = Chart.of(peers(PeerGroup.REGION, stats(null, 3)), null);
        for (Chart chart : List.of(flat, single)) {
            String svg = PeerCharts.svg(chart, "t", PeerGroup::name);
            String boxes = PeerCharts.boxes(chart, "B1.1", PeerGroup::name);
            assertThat(svg).doesNotContain("NaN", "Infinity");
            assertThat(boxes).doesNotContain("NaN", "Infinity");
            xml(svg);
            xml(boxes);
        }
        assertThat(PeerCharts.svg(flat, "t", PeerGroup::name)).contains("<rect x=\"120\" width=\"0\"");
        assertThat(PeerCharts.boxes(flat, "B1.1", PeerGroup::name)).contains("data-rows=\"10,10,10,10,10\"", "data-own=\"10\"");
        // Without the cluster's own value there is no mark.
        assertThat(PeerCharts.svg(single, "t", PeerGroup::name)).doesNotContain("<circle");
        assertThat(PeerCharts.boxes(single, "B1.1", PeerGroup::name)).contains("data-own=\"\"");
        assertThat(PeerCharts.number(Double.NaN)).isEqualTo("0");
        assertThat(PeerCharts.number(-0.5)).isEqualTo("-0.5");
        assertThat(PeerCharts.number(12.04)).isEqualTo("12");
    }

    @Test
    void textsAreEscapedAndNumbersKeepAPointInDanish() throws Exception {
        BigDecimal own = new BigDecimal("12.5");
        Chart chart = Chart.of(peers(PeerGroup.COUNTRY, stats(own, 10, 11, 12, 13, 14.5)), own);
        String svg = PeerCharts.svg(chart, "Svar på \"B1.1\" <mod> Ærø & Å", g -> "Grøn & <blå>");
        assertThat(svg).contains("aria-label=\"Svar på &quot;B1.1&quot; &lt;mod&gt; Ærø &amp; Å\"",
                ">Grøn &amp; &lt;blå&gt;</text>").doesNotContain("<blå>", "<mod>");
        Document d = xml(svg);
        assertThat(first(d, "title", null).getTextContent()).isEqualTo("Svar på \"B1.1\" <mod> Ærø & Å");
        assertThat(PeerCharts.boxes(chart, "B'1", g -> "a&b")).contains("data-indicator=\"B&#39;1\"", ">a&amp;b</div>");

        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        PeerCharts charts = new PeerCharts(messages);
        BenchmarkReport.Line line = new BenchmarkReport.Line(B11, "12.5", null, BenchmarkReport.Change.NOT_COMPARABLE,
                peers(PeerGroup.COUNTRY, stats(own, 10, 11, 12, 13, 14.5)), chart);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        String danish = charts.svg(line);
        assertThat(danish).contains(">Alle i Danmark</text>", "Klyngens svar på B1.1");
        // 12.5 on 10 … 14.5: 10 + 2.5/4.5 · 380 = 221.1; in Danish too a point, never a comma.
        assertThat(first(xml(danish), "circle", "own").getAttribute("cx")).isEqualTo("331.1");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(charts.boxes(line)).contains(">All in Denmark</div>");
        BenchmarkReport.Line noChart = new BenchmarkReport.Line(B11, null, null, BenchmarkReport.Change.NOT_COMPARABLE,
                Map.of(), null);
        assertThat(charts.svg(noChart)).isEmpty();
        assertThat(charts.boxes(noChart)).isEmpty();
    }

    /** The PDF draws one filled box per peer group row, a flat group's too, in the report's PDF frame. */
    @Test
    void thePdfDrawsOneBoxPerRow() throws Exception {
        BigDecimal own = BigDecimal.valueOf(35);
        Map<PeerGroup, PeerStatistics> peers = new EnumMap<>(PeerGroup.class);
        peers.put(PeerGroup.FIELD, stats(own, 10, 20, 30, 40, 50));
        peers.put(PeerGroup.COUNTRY, stats(own, 5, 15, 25, 60, 70));
        peers.put(PeerGroup.GOLD, stats(own, 30, 30, 30, 30, 30));
        Chart chart = Chart.of(peers, own);
        String xhtml = PdfRenderProfile.frame().replace("<!--content-->",
                "<div>" + PeerCharts.boxes(chart, "B1.1", PeerGroup::name) + PeerCharts.boxes(chart, "B1.2", PeerGroup::name)
                        + "</div>");
        PdfRenderer renderer = new PdfRenderer(new DocumentSettings(5, java.time.Duration.ofMinutes(10), "ESCA",
                "http://localhost", false, true, true));
        byte[] pdf = renderer.render(xhtml, "http://localhost/");
        assertThat(DocumentsIntegrationTests.chartBoxes(pdf)).isEqualTo(6);
    }
}
