package govwatch.bench.run;

import java.nio.file.Path;

/**
 * The bench's options.
 *
 * @param pages report pages in the generated portal
 * @param rate  offered rate of the third pass, report pages/s; 0 skips it
 * @param json  where to write the figures as JSON, or null
 * @param seed  seed of the generated portal
 * @param instances streams instances in the pipeline passes: the pipeline's own and {@code instances - 1} more in the
 *                  same process, in the same group on the same broker (each with its own state dir)
 * @param figures   how many targets the generated reports set
 */
record BenchOptions(int pages, double rate, Path json, long seed, int instances, ReportPages.Figures figures) {

    static final String USAGE = "usage: govwatch bench [--pages N (default 2000)] [--rate R (default 100; 0 skips the"
            + " offered-rate pass)] [--json FILE] [--seed S (default 13)] [--instances I (default 1)]"
            + " [--figures typical|dense (default typical)]";

    static BenchOptions parse(String[] args) {
        int pages = 2000;
        double rate = 100;
        Path json = null;
        long seed = 13;
        int instances = 1;
        ReportPages.Figures figures = ReportPages.Figures.TYPICAL;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("bench")) {
                continue; // the launcher passes the command name through
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--pages" -> pages = Integer.parseInt(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--json" -> json = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--instances" -> instances = Integer.parseInt(value);
                    case "--figures" -> figures = figures(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " wants a number, not '" + value + "'");
            }
        }
        if (pages < 1) {
            throw new IllegalArgumentException("--pages must be at least 1, not " + pages);
        }
        if (rate < 0) {
            throw new IllegalArgumentException("--rate must be 0 or more, not " + rate);
        }
        if (instances < 1) {
            throw new IllegalArgumentException("--instances must be at least 1, not " + instances);
        }
        return new BenchOptions(pages, rate, json, seed, instances, figures);
    }

    private static ReportPages.Figures figures(String value) {
        return switch (value) {
            case "typical" -> ReportPages.Figures.TYPICAL;
            case "dense" -> ReportPages.Figures.DENSE;
            default -> throw new IllegalArgumentException("--figures is typical or dense, not '" + value + "'");
        };
    }
}
