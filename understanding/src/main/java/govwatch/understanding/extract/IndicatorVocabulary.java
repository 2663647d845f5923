package govwatch.understanding.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical indicator vocabulary: the resource {@code indicators.txt} (canonical name | default unit | synonyms),
 * documented in the file itself. Names match whole, after the place words in front are dropped (全镇, 镇域, 全县 …),
 * so the same indicator joins across versions, years and regions however a report words it. Loaded once; immutable.
 */
public final class IndicatorVocabulary {

    private static final String RESOURCE = "/govwatch/understanding/indicators.txt";
    private static final Pattern PLACE_WORDS = Pattern.compile(
            "^(?:全镇|全乡|全县|全旗|全区|全市|全省|全街道|全苏木|镇域|乡域|县域|区域内|辖区|我镇|我乡|我县|我区|我市|我省|今年|全年|各|所有|每个|全部)+");
    private static final Map<String, String> CANONICAL;
    private static final Map<String, String> UNITS;

    static {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        load(canonical, units);
        CANONICAL = Collections.unmodifiableMap(canonical);
        UNITS = Collections.unmodifiableMap(units);
    }

    private IndicatorVocabulary() {
    }

    /** The canonical name of an indicator name, or null when the name is not in the vocabulary (the long tail). */
    public static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String c = CANONICAL.get(name);
        return c != null ? c : CANONICAL.get(PLACE_WORDS.matcher(name).replaceFirst(""));
    }

    /** Canonical name → default unit, in file order. */
    public static Map<String, String> defaultUnits() {
        return UNITS;
    }

    private static void load(Map<String, String> canonical, Map<String, String> units) {
        try (InputStream in = IndicatorVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the understanding jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\|", -1);
                if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": want 'name | unit | synonyms', got: " + l);
                }
                String name = parts[0].strip();
                units.put(name, parts[1].strip());
                claim(canonical, name, name, lineNo);
                for (String s : parts[2].split("[,，]")) {
                    if (!s.isBlank()) {
                        claim(canonical, s.strip(), name, lineNo);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void claim(Map<String, String> canonical, String synonym, String name, int lineNo) {
        String before = canonical.putIfAbsent(synonym, name);
        if (before != null && !before.equals(name)) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": '" + synonym + "' already names " + before);
        }
    }
}
