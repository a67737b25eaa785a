package social.woolly.core.timeline;

import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Status;

/** Edits and deletes applied where the status is shown, on its own or inside reblogs; matched by id. */
final class InPlaceChanges {
    private InPlaceChanges() {}

    /** Replaces every entry showing this status; removes those a filter now hides. */
    static void edit(EntryList list, Status edit) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof StatusEntry(Status shown)) {
                Status updated = edited(shown, edit);
                if (updated != null && Statuses.isHidden(updated)) {
                    list.remove(i, 1);
                } else if (updated != null) {
                    list.replace(i, new StatusEntry(updated));
                }
            }
        }
    }

    private static @Nullable Status edited(Status shown, Status edit) {
        if (shown.id().equals(edit.id())) {
            return edit;
        }
        return isReblogOf(shown, edit.id()) ? Statuses.withReblog(shown, edit) : null;
    }

    /** Removes the status and every reblog of it. */
    static void delete(EntryList list, String statusId) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof StatusEntry(Status shown)
                    && (shown.id().equals(statusId) || isReblogOf(shown, statusId))) {
                list.remove(i, 1);
            }
        }
    }

    private static boolean isReblogOf(Status shown, String statusId) {
        return shown.reblog() != null && shown.reblog().id().equals(statusId);
    }
}
