package govwatch.understanding.text;

/**
 * Lists of literal words looked for with {@link String#indexOf}: on long lines this is several times faster than a
 * regex alternation of the same words, which tries every word at every position.
 */
public final class Words {

    private Words() {
    }

    /** Whether any of {@code words} occurs in {@code s}. */
    public static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
