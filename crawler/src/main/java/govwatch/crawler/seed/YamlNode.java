package govwatch.crawler.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers its line, so that a semantic error can point at it. */
sealed interface YamlNode {
    int line();

    /** What the node is, for messages ("a list", "a mapping", "a value"). */
    String kind();

    record Scalar(String text, int line) implements YamlNode {
        public String kind() {
            return "a value";
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; {@code keyLines} holds the line of each key. */
    record Mapping(LinkedHashMap<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
        public String kind() {
            return "a mapping";
        }

        int keyLine(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }
}
