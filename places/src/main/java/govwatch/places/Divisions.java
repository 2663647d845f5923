package govwatch.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The official statistical division list (NBS 2023: provinces, prefectures, 2,978 county-level and 41,352
 * township-level units), read once from {@code divisions.tsv.gz} (see the NOTICE.md next to it) and kept in a few
 * flat arrays (about 1.4 MB of heap).
 *
 * <p>Contract: immutable and thread-safe; lookups do no I/O and allocate only their answers. Names are matched
 * exactly, except that 街道办事处 and 街道 are the same name. Placeholder entries of the list (市辖区,
 * 省直辖县级行政区划, …直辖村级区划) are never found by name.
 */
public final class Divisions {

    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

    /** Every unit's name, one after the other; unit i's name is {@code names[start[i], start[i+1])}. */
    private final String names;
    private final int[] start;
    /** Unit i's code padded to 9 digits (11 → 110000000): ascending, since the list is sorted by code as text. */
    private final int[] code9;
    /** Unit i's code length: 2, 4, 6 or 9. */
    private final byte[] codeLength;
    /** Open addressing on the name: slot → 1 + the first unit of that name; 0 is empty. */
    private final int[] slots;
    /** Unit i → 1 + the next unit of the same name; 0 ends the chain. */
    private final int[] sameName;

    /** Over the arrays {@link DivisionsReader} fills; see the fields for their meaning. */
    private Divisions(String names, int[] start, int[] code9, byte[] codeLength) {
        this.names = names;
        this.start = start;
        this.code9 = code9;
        this.codeLength = codeLength;
        int n = code9.length;
        this.slots = new int[Integer.highestOneBit(n * 2) << 1];
        this.sameName = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (!placeholder(i)) {
                index(i);
            }
        }
    }

    /** The list bundled with govwatch, loaded on first use. */
    public static Divisions official() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Divisions INSTANCE = load();
    }

    /** A fresh copy of the bundled list, read now; for measurements — everything else uses {@link #official()}. */
    public static Divisions load() {
        return DivisionsReader.read(Divisions::new);
    }

    /** The number of units in the list. */
    public int size() {
        return code9.length;
    }

    /** Every unit of this name (or of this 街道's 街道办事处 form), in code order; empty when the name is not listed. */
    public List<Place> named(String name) {
        List<Place> out = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            return out;
        }
        int keyLength = keyLength(name, 0, name.length());
        int slot = find(name, keyLength);
        for (int i = slots[slot] - 1; i >= 0; i = sameName[i] - 1) {
            out.add(place(i));
        }
        return out;
    }

    /** Whether any unit has this name. */
    public boolean isListed(String name) {
        return name != null && !name.isEmpty() && slots[find(name, keyLength(name, 0, name.length()))] != 0;
    }

    /** The unit of a code given with 2, 4, 6, 9 or 12 digits (trailing zero groups allowed); empty if unknown. */
    public Optional<Place> byCode(String code) {
        int i = indexOf(code);
        return i < 0 ? Optional.empty() : Optional.of(place(i));
    }

    /**
     * The township-level units of a county-level unit, in code order: what a county's portal should publish a
     * report for. Empty when the code is unknown or not a county-level unit.
     */
    public List<Place> townshipsOf(String countyCode) {
        int i = indexOf(countyCode);
        List<Place> out = new ArrayList<>();
        if (i < 0 || codeLength[i] != 6) {
            return out;
        }
        for (int j = i + 1; j < code9.length && codeLength[j] == 9 && code9[j] / 1000 == code9[i] / 1000; j++) {
            if (!placeholder(j)) {
                out.add(place(j));
            }
        }
        return out;
    }

    private int indexOf(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return -1;
        }
        if (code.length() == 12 && !code.endsWith("000")) {
            return -1; // a village-level code
        }
        String c = code.length() == 12 ? code.substring(0, 9) : code;
        // The longest form that is listed wins: 441900 is both the city 4419 (东莞市) and its county-level entry.
        while (true) {
            int i = exact(c);
            if (i >= 0 || c.length() <= 2 || !c.endsWith(c.length() == 9 ? "000" : "00")) {
                return i;
            }
            c = c.substring(0, c.length() == 9 ? 6 : c.length() - 2);
        }
    }

    /** The unit whose code is exactly {@code c} at its length; several levels can share one nine-digit form. */
    private int exact(String c) {
        int key = Integer.parseInt((c + "000000000").substring(0, 9));
        int i = Arrays.binarySearch(code9, key);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && code9[i - 1] == key) {
            i--;
        }
        for (; i < code9.length && code9[i] == key; i++) {
            if (codeLength[i] == c.length()) {
                return i;
            }
        }
        return -1;
    }

    private Place place(int i) {
        String shortCode = shortCode(i);
        String name = name(i);
        PlaceKind kind = PlaceKind.of(shortCode, name);
        String province = codeLength[i] > 2 ? name(indexOf(shortCode.substring(0, 2))) : null;
        String city = codeLength[i] > 4 ? name(indexOf(shortCode.substring(0, 4))) : null;
        String county = codeLength[i] > 6 ? name(indexOf(shortCode.substring(0, 6))) : null;
        return new Place((shortCode + "000000000000").substring(0, 12), name, kind, county, city, province);
    }

    private String shortCode(int i) {
        return Integer.toString(code9[i]).substring(0, codeLength[i]); // nine digits: province codes start at 11
    }

    private String name(int i) {
        return names.substring(start[i], start[i + 1]);
    }

    private boolean placeholder(int i) {
        String n = name(i);
        return n.equals("市辖区") || n.equals("县") || n.endsWith("直辖县级行政区划") || n.endsWith("直辖村级区划");
    }

    private void index(int i) {
        int s = start[i];
        int slot = find(names.substring(s, s + keyLength(names, s, start[i + 1])), -1);
        sameName[i] = slots[slot];
        slots[slot] = i + 1;
    }

    /** The slot holding {@code key}'s chain, or the empty slot where it would go. */
    private int find(String key, int keyLength) {
        int len = keyLength < 0 ? key.length() : keyLength;
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + key.charAt(k);
        }
        int mask = slots.length - 1;
        for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            int first = slots[slot] - 1;
            if (first < 0 || sameKey(first, key, len)) {
                return slot;
            }
        }
    }

    private boolean sameKey(int i, String key, int len) {
        int s = start[i];
        return keyLength(names, s, start[i + 1]) == len && names.regionMatches(s, key, 0, len);
    }

    /** A name's length without the 办事处 of 街道办事处, so both forms are one key. */
    private static int keyLength(String text, int from, int to) {
        return to - from > 5 && text.startsWith("街道办事处", to - 5) ? to - from - 3 : to - from;
    }
}
