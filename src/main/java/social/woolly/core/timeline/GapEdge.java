package social.woolly.core.timeline;

/** Which edge of a gap to fill from: the person scrolling down reaches its top, scrolling up its bottom. */
public enum GapEdge {
    /** Load the statuses just below the newer side; the gap shrinks from above. */
    TOP,
    /** Load the statuses just above the older side; the gap shrinks from below. */
    BOTTOM
}
