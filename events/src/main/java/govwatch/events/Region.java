package govwatch.events;

/**
 * A place that delivers a work report.
 *
 * @param name  the name as written, with its suffix (东明镇, 伊金霍洛旗)
 * @param level the administrative level
 */
public record Region(String name, Level level) {
}
