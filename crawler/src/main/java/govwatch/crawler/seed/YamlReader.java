package govwatch.crawler.seed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads YAML with Jackson's streaming parser into {@link YamlNode}s that carry line numbers. */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;

    YamlReader(String file) {
        this.file = file;
    }

    /** The document's root node, or null for an empty document. */
    YamlNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(parser, first);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SeedFileException(file, at == null ? 1 : Math.max(1, at.getLineNr()), "not valid YAML: " + problem(e), e);
        } catch (IOException e) {
            throw new SeedFileException(file, 1, "cannot read: " + e.getMessage(), e);
        }
    }

    /** SnakeYAML's one-line problem ("expected ',' or ']' ..."), without its multi-line source excerpt. */
    private static String problem(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblem() != null) {
                return m.getContext() == null ? m.getProblem() : m.getContext() + ": " + m.getProblem();
            }
        }
        return e.getOriginalMessage().lines().findFirst().orElse("");
    }

    private YamlNode node(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                HashMap<String, Integer> keyLines = new HashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    if (entries.containsKey(key)) {
                        throw new SeedFileException(file, keyLine, "duplicate key '" + key + "'");
                    }
                    keyLines.put(key, keyLine);
                    entries.put(key, node(parser, parser.nextToken()));
                }
                return new YamlNode.Mapping(entries, keyLines, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(node(parser, t));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line);
            }
            default -> {
                return new YamlNode.Scalar(parser.getText(), line);
            }
        }
    }
}
