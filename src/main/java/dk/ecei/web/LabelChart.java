package dk.ecei.web;

import dk.ecei.dashboard.DashboardViews.SeriesPoint;
import dk.ecei.dashboard.DashboardViews.SeriesView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The geometry of the chart of Gold and Silver labels month by month against the goal, drawn as inline SVG by the
 * template. Computed on the server so the page needs no chart library and no script, prints as it looks, and the
 * same numbers are in the table next to it.
 */
record LabelChart(int width, int height, String goldPoints, String silverPoints, List<Line> goals, List<Tick> yTicks,
        List<Tick> xTicks, int left, int right, int top, int bottom) {

    /** A horizontal goal line at y, and its value. */
    record Line(String level, int value, double y) {
    }

    /** A tick on an axis: its position and the value it stands for (a count or a year). */
    record Tick(double position, int value) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    private static final int LEFT = 40;
    private static final int RIGHT = 710;
    private static final int TOP = 12;
    private static final int BOTTOM = 250;

    static LabelChart of(SeriesView series) {
        List<SeriesPoint> points = series.points().stream().filter(p -> "ALL".equals(p.group())).toList();
        int highest = Math.max(series.goldGoal(), series.silverGoal());
        for (SeriesPoint p : points) {
            highest = Math.max(highest, Math.max(p.gold(), p.silver()));
        }
        int step = tickStep(highest);
        int max = ((highest / step) + 1) * step;
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= max; v += step) {
            yTicks.add(new Tick(y(v, max), v));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).date().getMonthValue() == 1) {
                xTicks.add(new Tick(x(i, points.size()), points.get(i).date().getYear()));
            }
        }
        List<Line> goals = new ArrayList<>();
        goals.add(new Line("GOLD", series.goldGoal(), y(series.goldGoal(), max)));
        if (series.silverGoal() != series.goldGoal()) {
            goals.add(new Line("SILVER", series.silverGoal(), y(series.silverGoal(), max)));
        }
        return new LabelChart(WIDTH, HEIGHT, polyline(points, SeriesPoint::gold, max),
                polyline(points, SeriesPoint::silver, max), goals, yTicks, xTicks, LEFT, RIGHT, TOP, BOTTOM);
    }

    /**
     * The distance between two ticks of the count axis: 1, 2 or 5 times a power of ten, the smallest that keeps the
     * axis to at most seven steps (a European register's thousands of labels drew hundreds of ticks with steps of 25).
     */
    static int tickStep(int highest) {
        int step = 1;
        for (int i = 0; highest / step > 7; i++) {
            step = (i % 3 == 1) ? step / 2 * 5 : step * 2; // 1, 2, 5, 10, 20, 50, ...
        }
        return step;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static String polyline(List<SeriesPoint> points, ToIntFunction<SeriesPoint> value, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            s.append(i == 0 ? "" : " ").append(fmt(x(i, points.size()))).append(',')
                    .append(fmt(y(value.applyAsInt(points.get(i)), max)));
        }
        return s.toString();
    }

    private static double x(int index, int count) {
        return count <= 1 ? LEFT : LEFT + (RIGHT - LEFT) * (double) index / (count - 1);
    }

    private static double y(int value, int max) {
        return BOTTOM - (BOTTOM - TOP) * (double) value / max;
    }

    /** A coordinate (never negative) with one decimal and a point, as SVG reads it; String.format per point was the page's costliest call. */
    static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
