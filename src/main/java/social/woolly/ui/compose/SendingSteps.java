package social.woolly.ui.compose;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.Publisher;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The steps of one post, heard on the sending thread: an upload is saved in the draft there and
 * then (so a retry after a failure or a crash uploads nothing twice, and the save is done before
 * the post's confirmation deletes the draft), then told to the composer and its watchers on the FX
 * thread.
 */
final class SendingSteps implements Publisher.Listener {
    private final Drafts drafts;
    private final BackgroundRunner runner;
    private final List<Publisher.Listener> hearing;
    private final Consumer<Draft> mediaChanged;
    private final Consumer<Draft> saved;
    private final Consumer<Exception> saveFailed;

    /**
     * @param hearing the watchers' listeners, told on the FX thread
     * @param mediaChanged the draft with its media as the server now knows them (FX thread)
     * @param saved the draft as stored (FX thread)
     * @param saveFailed the draft could not be stored (FX thread)
     */
    SendingSteps(
            Drafts drafts,
            BackgroundRunner runner,
            List<Publisher.Listener> hearing,
            Consumer<Draft> mediaChanged,
            Consumer<Draft> saved,
            Consumer<Exception> saveFailed) {
        this.drafts = drafts;
        this.runner = runner;
        this.hearing = hearing;
        this.mediaChanged = mediaChanged;
        this.saved = saved;
        this.saveFailed = saveFailed;
    }

    @Override
    public void draftChanged(Draft changed) {
        @Nullable Draft stored;
        try {
            stored = drafts.save(changed);
        } catch (IOException e) {
            stored = null;
            runner.runOnFxThread(() -> saveFailed.accept(e));
        }
        Draft done = stored;
        runner.runOnFxThread(() -> {
            mediaChanged.accept(changed);
            hearing.forEach(l -> l.draftChanged(changed));
            if (done != null) {
                saved.accept(done);
            }
        });
    }

    @Override
    public void mediaStep(int index, Publisher.MediaStep step) {
        runner.runOnFxThread(() -> hearing.forEach(l -> l.mediaStep(index, step)));
    }
}
