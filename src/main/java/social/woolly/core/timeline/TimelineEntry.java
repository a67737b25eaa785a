package social.woolly.core.timeline;

/** One row of a {@link Timeline}: a status, or a gap where statuses are known to be missing. */
public sealed interface TimelineEntry permits StatusEntry, GapEntry {

    /** Unique within its timeline while the entry is in it; use it to name the anchor. */
    String key();
}
