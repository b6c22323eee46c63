package dk.ecei.document;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws a PDF chart's plot ({@code <object type="application/x-ecei-peer-chart">} written by
 * {@link PeerCharts#boxes}) straight onto the page: one replaced element per chart, where positioned boxes made the
 * layout engine place five boxes per peer group (a third of a report PDF's time). The geometry is the chart's
 * ({@link BenchmarkReport.Chart}) in CSS pixels, one row per {@code ;} of {@code data-rows} (minimum, lower quartile,
 * median, upper quartile, maximum), {@code data-own} the cluster's mark; the drawing scales it to the object's box.
 */
final class PeerChartDrawer implements FSObjectDrawer {

    static final String TYPE = "application/x-ecei-peer-chart";

    private static final FSRGBColor WHISKER = new FSRGBColor(0x55, 0x55, 0x55);
    private static final FSRGBColor BOX = new FSRGBColor(0xcf, 0xe0, 0xf3);
    private static final FSRGBColor LINE = new FSRGBColor(0x1f, 0x4e, 0x79);
    private static final FSRGBColor OWN = new FSRGBColor(0xb3, 0x47, 0x00);

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice device,
            RenderingContext context, int dotsPerPixel) {
        double chartWidth = number(e.getAttribute("data-width"), 400);
        double s = width / chartWidth;
        String own = e.getAttribute("data-own");
        String[] rows = e.getAttribute("data-rows").isEmpty() ? new String[0] : e.getAttribute("data-rows").split(";");
        double rowHeight = number(e.getAttribute("data-row-height"), 28);
        for (int i = 0; i < rows.length; i++) {
            String[] p = rows[i].split(",");
            if (p.length != 5) {
                continue;
            }
            double top = y + i * rowHeight * s;
            double min = number(p[0], 0);
            double q1 = number(p[1], 0);
            double median = number(p[2], 0);
            double q3 = number(p[3], 0);
            double max = number(p[4], 0);
            fill(device, WHISKER, x + min * s, top + 12 * s, Math.max(1, max - min) * s, 1 * s);
            // The box's outline as a darker box one pixel larger behind it.
            double boxWidth = Math.max(1, q3 - q1);
            fill(device, LINE, x + (q1 - 1) * s, top + 3 * s, (boxWidth + 2) * s, 18 * s);
            fill(device, BOX, x + q1 * s, top + 4 * s, boxWidth * s, 16 * s);
            fill(device, LINE, x + (median - 1) * s, top + 3 * s, 2 * s, 18 * s);
            if (!own.isEmpty()) {
                device.setColor(OWN);
                device.fillOval(dots(x + (number(own, 0) - 4.5) * s), dots(top + 8 * s), dots(9 * s), dots(9 * s));
            }
        }
        return null;
    }

    private static void fill(OutputDevice device, FSRGBColor color, double x, double y, double width, double height) {
        device.setColor(color);
        device.fillRect(dots(x), dots(y), Math.max(1, dots(width)), Math.max(1, dots(height)));
    }

    private static int dots(double value) {
        return (int) Math.round(value);
    }

    private static double number(String text, double otherwise) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
