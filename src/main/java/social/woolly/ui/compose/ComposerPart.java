package social.woolly.ui.compose;

import social.woolly.core.compose.Draft;

/**
 * One part of the composer beyond the text, content warning and visibility (attachments, a poll,
 * a time to publish …). The {@link ComposeViewModel} owns the draft; a part shows its share of it
 * and writes its share back. FX thread only.
 */
public interface ComposerPart {
    /** Shows {@code draft}'s share of the post, replacing what the part showed. */
    void show(Draft draft);

    /** Writes what the part holds now into {@code draft}. */
    void writeTo(Draft.Builder draft);

    /**
     * Remembers {@code changed}, to be run whenever what the part holds changes, so the draft is
     * saved and checked again. Called once, when the part is added.
     */
    void onChange(Runnable changed);
}
