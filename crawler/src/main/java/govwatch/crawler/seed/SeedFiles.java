package govwatch.crawler.seed;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads portal seed files ({@code seeds/*.yaml}, format in {@code seeds/README.md}). A file holds either one
 * portal mapping or a mapping with a single key {@code portals:} listing several. Everything is validated;
 * the first problem is thrown as a {@link SeedFileException} naming the file, the line and the reason.
 */
public final class SeedFiles {
    private SeedFiles() {
    }

    /** Reads and validates one seed file. */
    public static List<PortalSeed> load(Path file) {
        String name = file.toString();
        String text = readUtf8(file, name);
        YamlNode root = new YamlReader(name).read(text);
        if (root == null) {
            throw new SeedFileException(name, 1, "empty seed file: expected a portal (id, name, start, ...) or 'portals:'");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new SeedFileException(name, root.line(), "expected a mapping at the top, found " + root.kind());
        }
        Path baseDir = file.toAbsolutePath().getParent();
        PortalReader reader = new PortalReader(name, baseDir);
        List<PortalSeed> seeds = new ArrayList<>();
        if (mapping.entries().containsKey("portals")) {
            for (String key : mapping.entries().keySet()) {
                if (!key.equals("portals")) {
                    throw new SeedFileException(name, mapping.keyLine(key), "unknown key '" + key + "' beside 'portals'");
                }
            }
            YamlNode list = mapping.entries().get("portals");
            if (!(list instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
                throw new SeedFileException(name, list.line(), "'portals' must be a non-empty list of portals");
            }
            for (YamlNode item : seq.items()) {
                seeds.add(reader.read(item));
            }
        } else {
            seeds.add(reader.read(mapping));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            if (!ids.add(seeds.get(i).id())) {
                YamlNode item = ((YamlNode.Sequence) mapping.entries().get("portals")).items().get(i);
                throw new SeedFileException(name, item.line(), "duplicate portal id '" + seeds.get(i).id() + "'");
            }
        }
        return List.copyOf(seeds);
    }

    private static String readUtf8(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SeedFileException(name, 1, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new SeedFileException(name, 1, "cannot read: " + e, e);
        }
    }
}
