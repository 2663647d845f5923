package govwatch.understanding;

import govwatch.understanding.model.Change;
import govwatch.understanding.model.Target;
import java.util.List;

/**
 * Compares the targets of two versions of the same report.
 *
 * <p>Contract: targets are matched by indicator. When an indicator occurs more than once, equivalent targets are
 * paired first, then the remaining ones with the same base unit by nearest normalized value (growth rate when
 * there is no value), then any remaining ones in order of appearance; so an inserted, removed or reordered
 * occurrence is one change (or none), not a shift of every later occurrence. A matched target whose value, range,
 * unit (after normalization), growth rate or bound differs is one change; a target left without a match is an
 * added or removed change. The wording of the clause alone is not a change, nor is the order of the targets.
 * Empty list when the targets are equivalent.
 */
public interface TargetComparer {
    List<Change> compare(List<Target> before, List<Target> after);
}
