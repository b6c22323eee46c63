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
        PdfRenderer renderer = new PdfRenderer(new DocumentSettings(5, Duration.ofMinutes(10), "ESCA", "http://localhost",
                false, true, true));
        String frame = frame();
        String report = frame.replace("<!--content-->", report(true, true));
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        variants.put("the report as it is", report);
        variants.put("without the charts", frame.replace("<!--content-->", report(false, true)));
        variants.put("without the tables", frame.replace("<!--content-->", report(true, false)));
        variants.put("without page-break-inside: avoid", report.replace("page-break-inside: avoid;", ""));
        variants.put("without the page counter", report.replace("counter(page) \" / \" counter(pages)", "\"\""));
        variants.put("tables: border-collapse: separate", report.replace("border-collapse: collapse;",
                "border-collapse: separate; border-spacing: 0;"));
        variants.put("tables: table-layout: fixed", report.replace("border-collapse: collapse;",
                "border-collapse: collapse; table-layout: fixed;"));
        variants.put("tables: no cell borders", report.replace("border: 0.5pt solid #888;", ""));
        variants.put("tables: no caption", report.replaceAll("<caption[^>]*>[^<]*</caption>", ""));
        variants.put("a certificate with its QR code", frame.replace("<!--content-->", certificate()));
        System.out.printf("%-40s %8s %8s %8s%n", "PDF render (ms)", "p50", "min", "KB");
        for (Map.Entry<String, String> v : variants.entrySet()) {
            List<Double> times = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < runs + 5; i++) {
                long t0 = System.nanoTime();
                bytes = renderer.render(v.getValue(), "http://localhost/").length;
                if (i >= 5) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
            times.sort(null);
            System.out.printf("%-40s %8.1f %8.1f %8.1f%n", v.getKey(), times.get(times.size() / 2), times.get(0), bytes / 1024.0);
        }
        profile(() -> renderer.render(report, "http://localhost/"), runs);
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

    private static String certificate() {
        return "<div class=\"certificate\"><p>European Secretariat for Cluster Analysis (ESCA)</p><h1>Certifikat</h1>"
                + "<p>tildelt</p><p class=\"holder\">Ærø Søfart og Å-klynge</p><p class=\"level\">Guld</p>"
                + "<p>Gyldigt fra 2. december 2026 til 1. december 2028</p><p>Certifikatnummer ECEI-2026-000123</p><p><img src=\""
                + QrCodes.pngDataUri("http://localhost:8080/verify/ECEI-2026-000123", 4)
                + "\" alt=\"QR\" width=\"132\" height=\"132\"/></p><p>Kontrollér på http://localhost:8080/verify/ECEI-2026-000123</p></div>";
    }
}
