package govwatch.understanding;

import govwatch.understanding.model.Change;
import govwatch.understanding.model.Target;
import java.util.List;

/**
 * Compares the targets of two versions of the same report.
 *
 * <p>Contract: targets are matched by indicator; a target whose value, range, unit (after normalization),
 * growth rate or bound differs is one change; an indicator present on one side only is an added or removed
 * change. The wording of the clause alone is not a change. Empty list when the targets are equivalent.
 */
public interface TargetComparer {
    List<Change> compare(List<Target> before, List<Target> after);
}
