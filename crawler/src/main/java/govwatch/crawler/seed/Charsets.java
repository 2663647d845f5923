package govwatch.crawler.seed;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/** Charset labels as found in pages and seeds; the GB family is always read as its superset GB18030. */
public final class Charsets {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
            "euc-cn", "x-euc-cn", "hz-gb-2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58", "gb18030");

    private Charsets() {
    }

    /** The charset a label names, GB family mapped to GB18030; @throws IllegalArgumentException if unknown. */
    public static Charset forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (GB_FAMILY.contains(l)) {
            return GB18030;
        }
        try {
            Charset c = Charset.forName(l);
            return c.name().equalsIgnoreCase("GBK") || c.name().equalsIgnoreCase("GB2312") ? GB18030 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown charset '" + label + "'", e);
        }
    }

    /** Like {@link #forLabel} but null for an unknown or blank label. */
    public static Charset orNull(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return forLabel(label);
        } catch (IllegalArgumentException e) {
            return null; // a page's bad label is not an error: the next charset source decides
        }
    }
}
