package govwatch.app.cli;

import govwatch.streams.coverage.Coverage;

/** A county's coverage as a table for a terminal: code, township, status, and the report found. */
final class CoverageTable {

    private CoverageTable() {
    }

    static String render(Coverage.Table table) {
        int nameWidth = table.townships().stream().mapToInt(t -> width(t.name())).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append(table.countyName()).append(' ').append(table.county()).append(", plan year ").append(table.year())
                .append(": ").append(table.published()).append(" of ").append(table.townships().size())
                .append(" published\n");
        for (Coverage.Township t : table.townships()) {
            sb.append(t.code()).append("  ").append(pad(t.name(), nameWidth)).append("  ");
            if (t.status() == Coverage.Status.PUBLISHED) {
                sb.append(t.draft() ? "published (草案)  " : "published  ").append(t.sourceUrl());
            } else {
                sb.append("missing");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Pads to a terminal width where a CJK character takes two columns. */
    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }

    private static int width(String s) {
        return s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }
}
