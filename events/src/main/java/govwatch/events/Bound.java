package govwatch.events;

/** How a target value binds: 左右 ABOUT; 以上/不低于/突破 AT_LEAST; 以内/控制在 AT_MOST; a－b RANGE; otherwise EXACT. */
public enum Bound {
    ABOUT, AT_LEAST, AT_MOST, RANGE, EXACT
}
