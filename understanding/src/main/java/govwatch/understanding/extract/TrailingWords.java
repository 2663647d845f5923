package govwatch.understanding.extract;

import java.util.List;

/**
 * Strips the longest run of listed words that ends a string: what the pattern {@code (?:w1|w2|…)+$} removes with
 * {@code replaceFirst("")}, in time linear in the string times the word count, where the pattern tries every
 * alternative at every position and backtracks (it was a tenth of the analyzer's time on long clauses).
 */
final class TrailingWords {

    private final List<String> words;

    /** @param words the words a trailing run is made of; none empty */
    TrailingWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** {@code s} without its longest suffix that is a sequence of the words; {@code s} itself when none ends it. */
    String strip(String s) {
        int n = s.length();
        // run[i]: s[i..n) is a sequence of words. The earliest such i < n starts the longest run.
        boolean[] run = new boolean[n + 1];
        run[n] = true;
        int start = n;
        for (int i = n - 1; i >= 0; i--) {
            for (String w : words) {
                if (run[Math.min(n, i + w.length())] && i + w.length() <= n && s.startsWith(w, i)) {
                    run[i] = true;
                    start = i;
                    break;
                }
            }
        }
        return s.substring(0, start);
    }
}
