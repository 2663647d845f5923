package govwatch.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a {@code /metrics} endpoint in Prometheus' text format, for tests that read it as Prometheus would. */
final class PrometheusText {

    /** {@code name="value"}: label values here never hold a quote, so the value is everything up to the next one. */
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();

    PrometheusText(String body) {
        for (String line : body.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String series = line.substring(0, space);
            int brace = series.indexOf('{');
            Map<String, String> labels = new LinkedHashMap<>();
            if (brace >= 0) {
                Matcher m = LABEL.matcher(series.substring(brace));
                while (m.find()) {
                    labels.put(m.group(1), m.group(2));
                }
            }
            samples.add(new Sample(brace < 0 ? series : series.substring(0, brace), labels,
                    Double.parseDouble(line.substring(space + 1))));
        }
    }

    /** The value of the one series {@code name} whose labels include {@code labels}; empty when there is none. */
    OptionalDouble value(String name, Map<String, String> labels) {
        List<Sample> found = samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())).toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException(found.size() + " series " + name + " match " + labels);
        }
        return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0).value());
    }

    /** Whether any series is named {@code name}. */
    boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }
}
