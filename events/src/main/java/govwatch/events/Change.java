package govwatch.events;

/**
 * One difference between two versions of a report's targets (or between two years' targets).
 *
 * @param indicator the indicator that changed
 * @param before    the old target in short form (e.g. 5000万元左右), null when the target was added
 * @param after     the new target in short form, null when the target was removed
 */
public record Change(String indicator, String before, String after) {
}
