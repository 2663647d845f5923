package govwatch.streams;

/**
 * Keys of the reports store: {@code region/year/parent}, the parent empty when no page has stated it. Many places
 * share a name (城关镇 is in hundreds of counties), so the parent is part of the identity when known; the region
 * comes first so that one prefix scan finds every place of that name for a year.
 */
final class StoreKey {

    private StoreKey() {
    }

    /** Every key of a region name and year, whatever the parent. */
    static String prefix(String region, int year) {
        return region + "/" + year + "/";
    }

    static String region(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    /** The parent county of a key, "" when no page has stated it. */
    static String parent(String key) {
        return key.substring(key.indexOf('/', key.indexOf('/') + 1) + 1);
    }

    static boolean hasParent(String key) {
        return !key.endsWith("/");
    }
}
