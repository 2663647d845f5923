package govwatch.crawler.seed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one portal mapping into a {@link PortalSeed}, or throws at the offending line. */
final class PortalReader {
    private static final List<String> KEYS =
            List.of("id", "name", "start", "allow", "deny", "maxDepth", "recrawl", "delay", "charset", "serve");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final int MAX_DEPTH_LIMIT = 20;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String file;
    private final Path baseDir;

    PortalReader(String file, Path baseDir) {
        this.file = file;
        this.baseDir = baseDir;
    }

    PortalSeed read(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node.line(), "a portal must be a mapping (id, name, start, ...), found " + node.kind());
        }
        for (String key : m.entries().keySet()) {
            if (!KEYS.contains(key)) {
                throw error(m.keyLine(key), "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        String id = requiredText(m, "id");
        if (!ID.matcher(id).matches()) {
            throw error(m.entries().get("id").line(), "id '" + id + "' must be lower-case letters, digits, '-' or '_'");
        }
        String name = requiredText(m, "name");
        List<YamlNode.Scalar> startNodes = list(m, "start", true);
        List<String> starts = new ArrayList<>();
        for (YamlNode.Scalar s : startNodes) {
            starts.add(httpUrl(s, "start URL"));
        }
        List<String> allow = new ArrayList<>();
        for (YamlNode.Scalar s : list(m, "allow", false)) {
            allow.add(httpUrl(s, "allow prefix"));
        }
        if (allow.isEmpty()) {
            starts.stream().map(PortalReader::directoryOf).distinct().forEach(allow::add);
        }
        for (int i = 0; i < starts.size(); i++) {
            String start = starts.get(i);
            if (allow.stream().noneMatch(start::startsWith)) {
                throw error(startNodes.get(i).line(), "start URL '" + start + "' is outside every allow prefix");
            }
        }
        List<Pattern> deny = new ArrayList<>();
        for (YamlNode.Scalar s : list(m, "deny", false)) {
            try {
                deny.add(Pattern.compile(s.text()));
            } catch (PatternSyntaxException e) {
                throw error(s.line(), "deny pattern '" + s.text() + "' is not a valid regex: " + e.getDescription());
            }
        }
        int maxDepth = PortalSeed.DEFAULT_MAX_DEPTH;
        YamlNode.Scalar depth = optionalScalar(m, "maxDepth");
        if (depth != null) {
            maxDepth = integer(depth, "maxDepth", 0, MAX_DEPTH_LIMIT);
        }
        Duration recrawl = duration(m, "recrawl", PortalSeed.DEFAULT_RECRAWL);
        if (recrawl.isZero()) {
            throw error(m.entries().get("recrawl").line(), "recrawl must be longer than 0");
        }
        Duration delay = duration(m, "delay", PortalSeed.DEFAULT_DELAY);
        Charset charset = charset(optionalScalar(m, "charset"));
        Path serve = serveDir(optionalScalar(m, "serve"), starts, startNodes);
        return new PortalSeed(id, name, starts, allow, deny, maxDepth, recrawl, delay, charset, serve);
    }

    /** {@code http://h/a/b/index.html} → {@code http://h/a/b/}. */
    static String directoryOf(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        int schemeEnd = path.indexOf("//") + 2;
        int slash = path.lastIndexOf('/');
        return slash < schemeEnd ? path + "/" : path.substring(0, slash + 1);
    }

    private String requiredText(YamlNode.Mapping m, String key) {
        YamlNode.Scalar s = optionalScalar(m, key);
        if (s == null) {
            throw error(m.line(), "missing required key '" + key + "'");
        }
        return s.text();
    }

    private YamlNode.Scalar optionalScalar(YamlNode.Mapping m, String key) {
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
    private List<YamlNode.Scalar> list(YamlNode.Mapping m, String key, boolean required) {
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

    private String httpUrl(YamlNode.Scalar s, String what) {
        String text = s.text().trim();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getRawPath() == null) {
                throw error(s.line(), what + " '" + text + "' is not an http(s) URL");
            }
            if (uri.getRawFragment() != null) {
                throw error(s.line(), what + " '" + text + "' must not have a #fragment");
            }
            return uri.getRawPath().isEmpty() ? text + "/" : text;
        } catch (URISyntaxException e) {
            throw error(s.line(), what + " '" + text + "' is not an http(s) URL: " + e.getReason());
        }
    }

    private int integer(YamlNode.Scalar s, String key, int min, int max) {
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

    private Duration duration(YamlNode.Mapping m, String key, Duration fallback) {
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

    private Charset charset(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        try {
            return Charsets.forLabel(s.text().trim());
        } catch (IllegalArgumentException e) {
            throw error(s.line(), "charset '" + s.text() + "' is not a known charset");
        }
    }

    private Path serveDir(YamlNode.Scalar s, List<String> starts, List<YamlNode.Scalar> startNodes) {
        if (s == null) {
            return null;
        }
        Path dir;
        try {
            dir = baseDir.resolve(s.text().trim()).normalize();
        } catch (InvalidPathException e) {
            throw error(s.line(), "serve '" + s.text() + "' is not a valid path");
        }
        if (!Files.isDirectory(dir)) {
            throw error(s.line(), "serve directory '" + s.text() + "' does not exist (resolved to " + dir + ")");
        }
        String authority = null;
        for (int i = 0; i < starts.size(); i++) {
            URI uri = URI.create(starts.get(i));
            if (!LOOPBACK.contains(uri.getHost()) || uri.getPort() < 0) {
                throw error(startNodes.get(i).line(), "with 'serve', start URL '" + starts.get(i)
                        + "' must be on a loopback host with an explicit port (e.g. http://127.0.0.1:18731/...)");
            }
            if (authority != null && !authority.equals(uri.getAuthority())) {
                throw error(startNodes.get(i).line(), "with 'serve', every start URL must use one host:port");
            }
            authority = uri.getAuthority();
        }
        return dir;
    }

    private SeedFileException error(int line, String reason) {
        return new SeedFileException(file, line, reason);
    }

}
