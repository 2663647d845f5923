package govwatch.understanding.model;

/**
 * Administrative level of a region: from the official division list when the place is in it (a county-level city is
 * COUNTY), else from the suffix of its name (镇/乡/苏木 → TOWNSHIP, 街道 → SUBDISTRICT …).
 */
public enum Level {
    TOWNSHIP, SUBDISTRICT, COUNTY, DISTRICT, CITY, PROVINCE, NATIONAL
}
