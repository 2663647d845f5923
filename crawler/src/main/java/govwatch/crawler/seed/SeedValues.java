package govwatch.crawler.seed;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Typed values of one portal mapping (text, lists, numbers, durations, charsets), or an error at their line. */
final class SeedValues {
    private final String file;

    SeedValues(String file) {
        this.file = file;
    }

    String requiredText(YamlNode.Mapping m, String key) {
        YamlNode.Scalar s = optionalScalar(m, key);
        if (s == null) {
            throw error(m.line(), "missing required key '" + key + "'");
        }
        return s.text();
    }

    YamlNode.Scalar optionalScalar(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar s)) {
            throw error(node.line(), "'" + key + "' must be a single value, found " + node.kind());
        }
        if (s.text() == null || s.text().isBlank()) {
            throw error(m.keyLine(key), "'" + key + "' is empty");
        }
        return s;
    }

    /** A list of values; a single value is accepted as a list of one. */
    List<YamlNode.Scalar> list(YamlNode.Mapping m, String key, boolean required) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            if (required) {
                throw error(m.line(), "missing required key '" + key + "'");
            }
            return List.of();
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                throw error(item.line(), "'" + key + "' entries must be non-empty values, found " + item.kind());
            }
            out.add(s);
        }
        if (required && out.isEmpty()) {
            throw error(m.keyLine(key), "'" + key + "' must list at least one URL");
        }
        return out;
    }

    int integer(YamlNode.Scalar s, String key, int min, int max) {
        try {
            int value = Integer.parseInt(s.text().trim());
            if (value < min || value > max) {
                throw error(s.line(), key + " " + value + " is out of range " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(s.line(), key + " '" + s.text() + "' is not a whole number");
        }
    }

    Duration duration(YamlNode.Mapping m, String key, Duration fallback) {
        YamlNode.Scalar s = optionalScalar(m, key);
        if (s == null) {
            return fallback;
        }
        try {
            return Durations.parse(s.text());
        } catch (IllegalArgumentException e) {
            throw error(s.line(), key + " '" + s.text() + "' " + e.getMessage());
        }
    }

    Charset charset(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        try {
            return Charsets.forLabel(s.text().trim());
        } catch (IllegalArgumentException e) {
            throw error(s.line(), "charset '" + s.text() + "' is not a known charset");
        }
    }

    SeedFileException error(int line, String reason) {
        return new SeedFileException(file, line, reason);
    }
}
