package govwatch.crawler.seed;

import govwatch.crawler.discovery.UrlCanon;
import govwatch.places.Divisions;
import govwatch.places.Place;
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

/** Turns one portal mapping into a {@link PortalSeed}, or throws at the offending line (values read by {@link SeedValues}). */
final class PortalReader {
    private static final List<String> KEYS =
            List.of("id", "name", "start", "allow", "deny", "maxDepth", "recrawl", "delay", "charset", "serve", "county", "articleRecheck",
                    "maxLinksPerPage", "maxPagesPerPass", "pageTime", "passTime");
    private static final int COUNT_LIMIT = 1_000_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final int MAX_DEPTH_LIMIT = 20;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final SeedValues values;
    private final Path baseDir;

    PortalReader(String file, Path baseDir) {
        this.values = new SeedValues(file);
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
        String id = values.requiredText(m, "id");
        if (!ID.matcher(id).matches()) {
            throw error(m.entries().get("id").line(), "id '" + id + "' must be lower-case letters, digits, '-' or '_'");
        }
        String name = values.requiredText(m, "name");
        List<YamlNode.Scalar> startNodes = values.list(m, "start", true);
        List<String> starts = new ArrayList<>();
        for (YamlNode.Scalar s : startNodes) {
            starts.add(httpUrl(s, "start URL"));
        }
        List<String> allow = new ArrayList<>();
        for (YamlNode.Scalar s : values.list(m, "allow", false)) {
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
        for (YamlNode.Scalar s : values.list(m, "deny", false)) {
            try {
                deny.add(Pattern.compile(s.text()));
            } catch (PatternSyntaxException e) {
                throw error(s.line(), "deny pattern '" + s.text() + "' is not a valid regex: " + e.getDescription());
            }
        }
        int maxDepth = PortalSeed.DEFAULT_MAX_DEPTH;
        YamlNode.Scalar depth = values.optionalScalar(m, "maxDepth");
        if (depth != null) {
            maxDepth = values.integer(depth, "maxDepth", 0, MAX_DEPTH_LIMIT);
        }
        Duration recrawl = values.duration(m, "recrawl", PortalSeed.DEFAULT_RECRAWL);
        if (recrawl.isZero()) {
            throw error(m.entries().get("recrawl").line(), "recrawl must be longer than 0");
        }
        Duration delay = values.duration(m, "delay", PortalSeed.DEFAULT_DELAY);
        Charset charset = values.charset(values.optionalScalar(m, "charset"));
        Path serve = serveDir(values.optionalScalar(m, "serve"), starts, startNodes);
        String county = county(values.optionalScalar(m, "county"));
        Duration articleRecheck = values.duration(m, "articleRecheck", null);
        if (articleRecheck != null && articleRecheck.isZero()) {
            throw error(m.entries().get("articleRecheck").line(), "articleRecheck must be longer than 0");
        }
        return new PortalSeed(id, name, starts, allow, deny, maxDepth, recrawl, delay, charset, serve, county, budgets(m),
                articleRecheck);
    }

    private PortalSeed.Budgets budgets(YamlNode.Mapping m) {
        PortalSeed.Budgets d = PortalSeed.Budgets.DEFAULTS;
        YamlNode.Scalar links = values.optionalScalar(m, "maxLinksPerPage");
        YamlNode.Scalar pages = values.optionalScalar(m, "maxPagesPerPass");
        Duration pageTime = values.duration(m, "pageTime", d.pageTime());
        Duration passTime = values.duration(m, "passTime", d.passTime());
        for (String key : List.of("pageTime", "passTime")) {
            if (m.entries().containsKey(key) && (key.equals("pageTime") ? pageTime : passTime).isZero()) {
                throw error(m.keyLine(key), key + " must be longer than 0");
            }
        }
        return new PortalSeed.Budgets(links == null ? d.maxLinksPerPage() : values.integer(links, "maxLinksPerPage", 1, COUNT_LIMIT),
                pages == null ? d.maxPagesPerPass() : values.integer(pages, "maxPagesPerPass", 1, COUNT_LIMIT), pageTime, passTime);
    }

    /** A declared county: 6 or 12 digits naming a county-level unit of the official list, as 12 digits; or null. */
    private String county(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        String code = s.text().trim();
        Place place = code.matches("\\d{6}|\\d{12}") ? Divisions.official().byCode(code).orElse(null) : null;
        if (place == null || !place.kind().countyLevel()) {
            throw error(s.line(), "county '" + code + "' is not a county-level statistical code (6 digits such as 150627"
                    + " for 伊金霍洛旗, or 12 such as 150627000000; NBS 2023 list"
                    + (place == null ? ")" : "; it names " + place.name() + ", a " + place.kind() + ")"));
        }
        return place.code();
    }

    /** {@code http://h/a/b/index.html} → {@code http://h/a/b/}. */
    static String directoryOf(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        int schemeEnd = path.indexOf("//") + 2;
        int slash = path.lastIndexOf('/');
        return slash < schemeEnd ? path + "/" : path.substring(0, slash + 1);
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
            // Canonical (UrlCanon: lower-case host, default port dropped, percent-encoding normalized), as every
            // URL the crawl compares with it is: a prefix typed otherwise would match nothing. A trailing '/' stays.
            String canonical = UrlCanon.canonical(uri.getRawPath().isEmpty() ? text + "/" : text);
            if (canonical == null) {
                throw error(s.line(), what + " '" + text + "' is not an http(s) URL");
            }
            return canonical;
        } catch (URISyntaxException e) {
            throw error(s.line(), what + " '" + text + "' is not an http(s) URL: " + e.getReason());
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
        return values.error(line, reason);
    }

}
