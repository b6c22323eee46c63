package dk.ecei.document;

import dk.ecei.document.BenchmarkReport.Chart;
import dk.ecei.document.BenchmarkReport.Line;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The box plots of the benchmarking report, written in Java rather than in the template: one chart per indicator made
 * some forty Thymeleaf expressions each, which was most of the page's time. The page gets inline SVG; the PDF gets
 * the same geometry ({@link Chart}) drawn by {@link PeerChartDrawer}, because openhtmltopdf draws SVG only with
 * Batik, which the application does not carry. Texts (the peer groups' names, the chart's label) are the reader's messages, escaped;
 * numbers are written with a point and at most one decimal whatever the reader's language (as {@link Locale#ROOT}
 * would), so a Danish decimal comma never reaches a coordinate. The templates insert the result with {@code th:utext}.
 */
@Component("peerCharts")
public class PeerCharts {

    /** Where the plot starts, right of the groups' names. */
    static final int LABEL_WIDTH = 110;

    private final MessageSource messages;

    PeerCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** The indicator's chart as inline SVG for the page, in the reader's language; empty without a chart. */
    public String svg(Line line) {
        Locale locale = LocaleContextHolder.getLocale();
        return line.chart() == null ? "" : svg(line.chart(), title(line, locale), group -> groupName(group, locale));
    }

    /** The indicator's chart as boxes for the PDF, in the reader's language; empty without a chart. */
    public String boxes(Line line) {
        Locale locale = LocaleContextHolder.getLocale();
        return line.chart() == null ? "" : boxes(line.chart(), line.indicator().code(), group -> groupName(group, locale));
    }

    static String svg(Chart chart, String title, Function<PeerGroup, String> groupName) {
        int width = chart.width() + LABEL_WIDTH;
        int height = chart.height() + 6;
        StringBuilder s = new StringBuilder(320 + 420 * chart.rows().size());
        s.append("<svg class=\"peer-chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" aria-label=\"").append(escape(title)).append("\"><title>").append(escape(title))
                .append("</title>");
        for (Chart.Row row : chart.rows()) {
            int y = row.y();
            s.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"11\">").append(escape(groupName.apply(row.group())))
                    .append("</text>");
            s.append("<line x1=\"").append(number(LABEL_WIDTH + row.minX())).append("\" x2=\"")
                    .append(number(LABEL_WIDTH + row.maxX())).append("\" y1=\"").append(y + 13).append("\" y2=\"").append(y + 13)
                    .append("\" stroke=\"#555\" stroke-width=\"1\"/>");
            s.append("<rect x=\"").append(number(LABEL_WIDTH + row.q1X())).append("\" width=\"")
                    .append(number(row.q3X() - row.q1X())).append("\" y=\"").append(y + 5)
                    .append("\" height=\"16\" fill=\"#cfe0f3\" stroke=\"#1f4e79\"/>");
            s.append("<line class=\"median\" x1=\"").append(number(LABEL_WIDTH + row.medianX())).append("\" x2=\"")
                    .append(number(LABEL_WIDTH + row.medianX())).append("\" y1=\"").append(y + 5).append("\" y2=\"")
                    .append(y + 21).append("\" stroke=\"#1f4e79\" stroke-width=\"2\"/>");
            if (chart.ownX() != null) {
                s.append("<circle class=\"own\" cx=\"").append(number(LABEL_WIDTH + chart.ownX())).append("\" cy=\"")
                        .append(y + 13).append("\" r=\"5\" fill=\"#b34700\"/>");
            }
        }
        return s.append("</svg>").toString();
    }

    /**
     * The same plot for the PDF: the groups' names as lines of text beside an {@code <object>} that
     * {@link PeerChartDrawer} draws from the chart's positions (styled by the PDF frame's {@code .pdf-chart} rules).
     */
    static String boxes(Chart chart, String indicatorCode, Function<PeerGroup, String> groupName) {
        StringBuilder s = new StringBuilder(300 + 120 * chart.rows().size());
        s.append("<div class=\"pdf-chart\" data-indicator=\"").append(escape(indicatorCode)).append("\" style=\"height: ")
                .append(chart.height()).append("px;\"><div class=\"pdf-chart-labels\">");
        StringBuilder rows = new StringBuilder();
        for (Chart.Row row : chart.rows()) {
            s.append("<div class=\"pdf-chart-label\" style=\"height: ").append(chart.rowHeight()).append("px;\">")
                    .append(escape(groupName.apply(row.group()))).append("</div>");
            rows.append(rows.isEmpty() ? "" : ";").append(number(row.minX())).append(',').append(number(row.q1X())).append(',')
                    .append(number(row.medianX())).append(',').append(number(row.q3X())).append(',').append(number(row.maxX()));
        }
        s.append("</div><object type=\"").append(PeerChartDrawer.TYPE).append("\" class=\"pdf-chart-plot\" data-width=\"")
                .append(chart.width()).append("\" data-row-height=\"").append(chart.rowHeight()).append("\" data-rows=\"")
                .append(rows).append("\" data-own=\"").append(chart.ownX() == null ? "" : number(chart.ownX()))
                .append("\" style=\"left: ").append(LABEL_WIDTH).append("px; width: ").append(chart.width())
                .append("px; height: ").append(chart.height()).append("px;\"></object></div>");
        return s.toString();
    }

    private String title(Line line, Locale locale) {
        return messages.getMessage("documents.chart.label", new Object[] {line.indicator().code()}, locale);
    }

    private String groupName(PeerGroup group, Locale locale) {
        return messages.getMessage("peerGroup." + group.name(), null, locale);
    }

    /** A coordinate with at most one decimal, a point as separator, never NaN (a missing position counts as 0). */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
    }

    /** Text for an element or a quoted attribute of XML (the PDF's XHTML is parsed as XML, so no named entities). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
