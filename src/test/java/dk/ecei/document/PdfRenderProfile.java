package dk.ecei.document;

import dk.ecei.document.BenchmarkReport.Chart;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.core.io.ClassPathResource;

/**
 * Where a benchmarking report's PDF spends its time, without the application: the PDF frame of
 * templates/documents/pdf.html around a report of the bench's shape (6 groups, 36 indicators, 24 of them numbers with
 * 4 peer groups: a chart and a table each), rendered by {@link PdfRenderer} with the fonts pooled, as it is and with
 * one part taken out at a time, plus a certificate with its QR code. A sampler thread counts the renderer's stack
 * frames meanwhile. Not a test; see bench/README.md. Settings: -Dbench.runs (30).
 */
public final class PdfRenderProfile {

    private PdfRenderProfile() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 30);
        DocumentSettings settings = new DocumentSettings(5, Duration.ofMinutes(10), "ESCA", "http://localhost", false, true,
                true);
        PdfRenderer renderer = new PdfRenderer(settings);
        PdfRenderer substituting = new PdfRenderer(settings, true);
        String frame = frame();
        String report = frame.replace("<!--content-->", report(true, true));
        String before = positionedBoxes(frame.replace("<!--content-->",
                report(true, true).replace("<div class=\"pdf-chart\"", "<div class=\"old-chart\""))
                .replace("border-collapse: separate;", "border-collapse: collapse;"));
        List<Variant> variants = List.of(
                new Variant("the report as it is", renderer, report, false),
                new Variant("without the charts", renderer, frame.replace("<!--content-->", report(false, true)), false),
                new Variant("without the tables", renderer, frame.replace("<!--content-->", report(true, false)), false),
                new Variant("without page-break-inside: avoid", renderer, report.replace("page-break-inside: avoid;", ""), false),
                new Variant("without the page counter", renderer,
                        report.replace("counter(page) \" / \" counter(pages)", "\"\""), false),
                new Variant("tables: the collapsed border model", renderer,
                        report.replace("border-collapse: separate;", "border-collapse: collapse;"), false),
                new Variant("before: positioned boxes, collapsed borders", renderer, before, false),
                new Variant("before: ... and the fonts' GSUB", substituting, before, false),
                new Variant("the fonts' GSUB", substituting, report, false),
                new Variant("Flate level 1 (default 6)", renderer, report, true),
                new Variant("a certificate with its QR code", renderer, frame.replace("<!--content-->", certificate()), false));
        // Warmed up first, then the variants in turns, so a busy moment of a shared machine falls on all of them alike.
        for (int i = 0; i < 15; i++) {
            renderer.render(report, "http://localhost/");
        }
        Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
        Map<String, Integer> bytes = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                if (v.fastFlate()) {
                    System.setProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL, "1");
                }
                long t0 = System.nanoTime();
                bytes.put(v.name(), v.renderer().render(v.xhtml(), "http://localhost/").length);
                times.computeIfAbsent(v.name(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
                System.clearProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL);
            }
        }
        System.out.printf("%-46s %8s %8s %8s%n", "PDF render (ms)", "p50", "min", "KB");
        times.forEach((name, list) -> {
            list.sort(null);
            System.out.printf("%-46s %8.1f %8.1f %8.1f%n", name, list.get(list.size() / 2), list.get(0), bytes.get(name) / 1024.0);
        });
        profile(() -> renderer.render(report, "http://localhost/"), runs);
    }

    /** One way of rendering: which renderer (fonts with or without GSUB), what XHTML, PDFBox's Flate level 1 or not. */
    private record Variant(String name, PdfRenderer renderer, String xhtml, boolean fastFlate) {
    }

    /** Counts, every 2 ms, the top frames of the rendering thread that are not the JDK's, by method. */
    private static void profile(Runnable render, int runs) throws InterruptedException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int[] samples = {0};
        Thread worker = new Thread(() -> {
            for (int i = 0; i < runs; i++) {
                render.run();
            }
        });
        worker.start();
        while (worker.isAlive()) {
            StackTraceElement[] stack = worker.getStackTrace();
            if (stack.length > 0) {
                samples[0]++;
                self.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (StackTraceElement e : stack) {
                    String name = e.getClassName().replaceAll("\\$.*", "") + "." + e.getMethodName();
                    if (!name.startsWith("java.") && seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                }
            }
            Thread.sleep(2);
        }
        System.out.printf("%n%d samples; inclusive (top 40):%n", samples[0]);
        print(inclusive, samples[0], 40);
        System.out.printf("%nself (top 20):%n");
        print(self, samples[0], 20);
    }

    private static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    /** templates/documents/pdf.html without its Thymeleaf attributes, the content left as a marker. */
    static String frame() throws IOException {
        String template;
        try (InputStream in = new ClassPathResource("templates/documents/pdf.html").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template.replace(" xmlns:th=\"http://www.thymeleaf.org\"", "").replaceAll(" th:[a-z]+=\"[^\"]*\"", "")
                .replaceAll("<div>content</div>", "<!--content-->");
    }

    private static String report(boolean charts, boolean tables) {
        UnaryOperator<String> esc = PeerCharts::escape;
        Function<PeerGroup, String> names = g -> Map.of(PeerGroup.FIELD, "Samme fagområde", PeerGroup.REGION,
                "Samme region", PeerGroup.COUNTRY, "Alle i Danmark", PeerGroup.GOLD, "Guld-klynger").get(g);
        StringBuilder s = new StringBuilder("<div><h1>Benchmarkingrapport: Ærø Søfart og Å-klynge</h1><dl class=\"facts\">"
                + "<dt>Ekspert</dt><dd>Anne Ekspert</dd><dt>Interview</dt><dd>2. december 2026</dd></dl>"
                + "<p>Klyngen sammenlignes med peergrupper på mindst 5 klynger.</p>");
        int code = 0;
        for (int g = 1; g <= 6; g++) {
            s.append("<section class=\"report-group\"><h2>B").append(g).append(" Gruppe ").append(g).append("</h2>")
                    .append("<h3>Fund</h3><p class=\"prose\">Fund for B").append(g).append("</p>")
                    .append("<h3>Anbefalinger</h3><p class=\"prose\">Anbefalinger for B").append(g).append("</p>");
            for (int i = 1; i <= 6; i++) {
                code++;
                String c = "B" + g + "." + i;
                s.append("<div class=\"indicator\"><h3>").append(esc.apply(c + " Indikator med et navn på dansk"))
                        .append("</h3><p class=\"answer\"><span>Værdi</span> <strong>").append(30 + code)
                        .append("</strong> <span>Forbedret</span></p>");
                if (code % 3 == 0) {
                    s.append("</div>");
                    continue;
                }
                Map<PeerGroup, PeerStatistics> peers = new EnumMap<>(PeerGroup.class);
                for (PeerGroup group : PeerGroup.values()) {
                    List<BigDecimal> values = new ArrayList<>();
                    for (int k = 0; k < 40; k++) {
                        values.add(BigDecimal.valueOf(10 + (k * 37 + code * 11 + group.ordinal() * 5) % 90));
                    }
                    peers.put(group, PeerStatistics.of(values, BigDecimal.valueOf(30 + code), 5).orElseThrow());
                }
                Chart chart = Chart.of(peers, BigDecimal.valueOf(30 + code));
                if (charts) {
                    s.append(PeerCharts.boxes(chart, c, names));
                }
                if (tables) {
                    s.append("<table class=\"peer-table\"><caption class=\"visually-hidden\">").append(c)
                            .append("</caption><thead><tr><th>Gruppe</th><th class=\"num\">Klynger</th><th class=\"num\">1. kvartil</th>"
                                    + "<th class=\"num\">Median</th><th class=\"num\">3. kvartil</th><th class=\"num\">Klyngens percentil</th></tr></thead><tbody>");
                    peers.forEach((group, st) -> s.append("<tr><th>").append(names.apply(group)).append("</th><td class=\"num\">")
                            .append(st.size()).append("</td><td class=\"num\">").append(st.lowerQuartile()).append("</td><td class=\"num\">")
                            .append(st.median()).append("</td><td class=\"num\">").append(st.upperQuartile()).append("</td><td class=\"num\">")
                            .append(st.percentile()).append("</td></tr>"));
                    s.append("</tbody></table>");
                }
                s.append("</div>");
            }
            s.append("</section>");
        }
        return s.append("</div>").toString();
    }

    /**
     * The charts as they were drawn before PeerChartDrawer: five absolutely positioned boxes per peer group (rule and
     * markup of the earlier templates/documents/pdf.html), from the same data-rows, to compare.
     */
    private static String positionedBoxes(String xhtml) {
        String css = """
                .old-chart { width: 520px; margin: 2pt 0 4pt 0; page-break-inside: avoid; }
                .old-row { position: relative; height: 26px; }
                .old-label { position: absolute; left: 0; top: 5px; width: 105px; font-size: 7.5pt; }
                .old-whisker { position: absolute; top: 12px; height: 1px; background-color: #555555; }
                .old-box { position: absolute; top: 4px; height: 16px; background-color: #cfe0f3; border: 1px solid #1f4e79; }
                .old-median { position: absolute; top: 4px; height: 18px; width: 2px; background-color: #1f4e79; }
                .old-own { position: absolute; top: 8px; width: 9px; height: 9px; background-color: #b34700; border-radius: 4.5px; }
                """;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<div class=\"old-chart\"(.*?)</object></div>").matcher(xhtml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String chart = m.group();
            List<String> labels = new ArrayList<>();
            java.util.regex.Matcher l = java.util.regex.Pattern.compile("class=\"pdf-chart-label\"[^>]*>([^<]*)<").matcher(chart);
            while (l.find()) {
                labels.add(l.group(1));
            }
            java.util.regex.Matcher d = java.util.regex.Pattern.compile("data-rows=\"([^\"]*)\" data-own=\"([^\"]*)\"").matcher(chart);
            d.find();
            String[] rows = d.group(1).split(";");
            StringBuilder s = new StringBuilder("<div class=\"old-chart\">");
            for (int i = 0; i < rows.length; i++) {
                String[] p = rows[i].split(",");
                double min = Double.parseDouble(p[0]);
                double q1 = Double.parseDouble(p[1]);
                double q3 = Double.parseDouble(p[3]);
                s.append("<div class=\"old-row\"><span class=\"old-label\">").append(labels.get(i)).append("</span>")
                        .append("<div class=\"old-whisker\" style=\"left: ").append(110 + min).append("px; width: ")
                        .append(Double.parseDouble(p[4]) - min).append("px;\"></div><div class=\"old-box\" style=\"left: ")
                        .append(110 + q1).append("px; width: ").append(Math.max(1, q3 - q1)).append("px;\"></div>")
                        .append("<div class=\"old-median\" style=\"left: ").append(109 + Double.parseDouble(p[2]))
                        .append("px;\"></div><div class=\"old-own\" style=\"left: ").append(106 + Double.parseDouble(d.group(2)))
                        .append("px;\"></div></div>");
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(s.append("</div>").toString()));
        }
        m.appendTail(out);
        return out.toString().replace("</style>", css + "</style>");
    }

    private static String certificate() {
        return "<div class=\"certificate\"><p>European Secretariat for Cluster Analysis (ESCA)</p><h1>Certifikat</h1>"
                + "<p>tildelt</p><p class=\"holder\">Ærø Søfart og Å-klynge</p><p class=\"level\">Guld</p>"
                + "<p>Gyldigt fra 2. december 2026 til 1. december 2028</p><p>Certifikatnummer ECEI-2026-000123</p><p><img src=\""
                + QrCodes.pngDataUri("http://localhost:8080/verify/ECEI-2026-000123", 4)
                + "\" alt=\"QR\" width=\"132\" height=\"132\"/></p><p>Kontrollér på http://localhost:8080/verify/ECEI-2026-000123</p></div>";
    }
}
