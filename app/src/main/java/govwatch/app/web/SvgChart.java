package govwatch.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A small line chart of one indicator over the plan years, as inline SVG drawn here on the server: no script, no
 * library, nothing fetched, so the page works offline. The value axis spans the values with a margin (not from zero,
 * so that a few percent of change shows); its two labels say where it starts and ends, and every point is labelled
 * with its value.
 */
final class SvgChart {

    /** One plan year's value. */
    record Point(int year, BigDecimal value) {
    }

    private static final int WIDTH = 460;
    private static final int HEIGHT = 200;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 24;
    private static final int BOTTOM = 30;

    private SvgChart() {
    }

    /**
     * The chart of {@code points} (at least one, sorted by year; each year once), labelled in {@code unit}.
     *
     * @param label what the chart shows, for screen readers
     */
    static String render(String label, List<Point> points, String unit) {
        double low = points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElseThrow();
        double high = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElseThrow();
        double margin = Math.max((high - low) * 0.3, Math.max(Math.abs(high) * 0.05, 1e-6));
        double min = low >= 0 && low - margin < 0 ? 0 : low - margin;
        double max = high + margin;
        int first = points.get(0).year();
        int last = points.get(points.size() - 1).year();
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.text(label))
                .append("\">");
        double y0 = y(min, min, max);
        svg.append(line(LEFT, TOP, LEFT, y0)).append(line(LEFT, y0, WIDTH - RIGHT, y0));
        svg.append(text(LEFT - 6, TOP + 4, "end", Html.text(Numbers.compact(BigDecimal.valueOf(max)) + unit)));
        svg.append(text(LEFT - 6, y0 + 4, "end", Html.text(Numbers.compact(BigDecimal.valueOf(min)) + unit)));
        StringBuilder polyline = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (Point p : points) {
            double x = x(p.year(), first, last);
            double y = y(p.value().doubleValue(), min, max);
            polyline.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            marks.append("<circle class=\"point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"4\" fill=\"#1f3a5f\"><title>").append(p.year()).append(": ")
                    .append(Html.text(Numbers.compact(p.value()) + unit)).append("</title></circle>")
                    .append(text(x, y - 8, "middle", Html.text(Numbers.compact(p.value()) + unit)))
                    .append(text(x, HEIGHT - 10, "middle", Integer.toString(p.year())));
        }
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#1f3a5f\" stroke-width=\"2\" points=\"")
                    .append(polyline.toString().trim()).append("\"/>");
        }
        return svg.append(marks).append("</svg>").toString();
    }

    private static double x(int year, int first, int last) {
        int plot = WIDTH - LEFT - RIGHT;
        return first == last ? LEFT + plot / 2.0 : LEFT + 50 + (plot - 100) * (year - first) / (double) (last - first);
    }

    private static double y(double value, double min, double max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / (max - min));
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"#8895a7\"/>";
    }

    /** A label; {@code safe} is already escaped. */
    private static String text(double x, double y, String anchor, String safe) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#1d2733\">" + safe + "</text>";
    }

    private static String fmt(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Numbers as people read them in Chinese reports. */
    static final class Numbers {
        private Numbers() {
        }

        /** 68291100 → 6829.11万, 199000000 → 1.99亿, 6.47 → 6.47. */
        static String compact(BigDecimal v) {
            BigDecimal abs = v.abs();
            if (abs.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
                return plain(v.movePointLeft(8)) + "亿";
            }
            if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                return plain(v.movePointLeft(4)) + "万";
            }
            return plain(v);
        }

        private static String plain(BigDecimal v) {
            return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }
}
