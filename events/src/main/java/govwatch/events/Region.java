package govwatch.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place that delivers a work report.
 *
 * @param name  the name as written, with its suffix (东明镇, 伊金霍洛旗)
 * @param level the administrative level
 * @param code  the 12-digit statistical division code (NBS 2023) when the place resolved to an official unit, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String name, Level level, String code) {

    @JsonCreator
    public Region {
    }

    /** A place known only by its name. */
    public Region(String name, Level level) {
        this(name, level, null);
    }
}
