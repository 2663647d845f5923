package govwatch.understanding.text;

/**
 * The one definition of a Chinese (CJK) ideograph used across cleaning, detection and extraction: CJK Unified
 * Ideographs (U+4E00–U+9FFF), Extension A (U+3400–U+4DBF) and the Compatibility Ideographs (U+F900–U+FAFF). The
 * supplementary-plane extensions (B and later) are surrogate pairs in Java strings and are not covered by the
 * char-based check nor by {@link #CLASS}.
 */
public final class Cjk {

    /**
     * The ranges as the body of a regex character class, to be wrapped in brackets:
     * {@code "[" + Cjk.CLASS + "]{2,12}"}; it may be combined with other characters: {@code "[" + Cjk.CLASS + " ]"}.
     */
    public static final String CLASS = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";

    /** {@code [CLASS]}: one ideograph. */
    public static final String IDEOGRAPH = "[" + CLASS + "]";

    private Cjk() {
    }

    /** Whether c is a CJK ideograph in the ranges above. */
    public static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
    }
}
