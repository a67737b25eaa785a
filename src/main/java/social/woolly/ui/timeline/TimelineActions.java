package social.woolly.ui.timeline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.model.Poll;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.model.Status;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.status.StatusActions;
import social.woolly.ui.status.StatusItem;

/**
 * What a post's buttons do in a timeline: favourite, boost and bookmark show at once and are
 * rolled back, with a message, if the server refuses; votes are sent and the poll updated; reply
 * opens the composer; the "more" menu is the caller's. Threads open where the caller says; the media
 * viewer is a later feature's.
 */
public final class TimelineActions implements StatusActions {
    private final MastodonApi api;
    private final BackgroundRunner runner;
    private final ErrorMessages errors;
    private final Consumer<String> showProblem;
    private final Consumer<StatusItem> reply;
    private final MoreMenu more;
    private final Consumer<StatusItem> open;
    private @Nullable ServerInfo server;

    /** Opens a post's "more" menu: next to {@code anchor}, or at a screen point (both NaN for "below it"). */
    @FunctionalInterface
    public interface MoreMenu {
        MoreMenu NONE = (item, anchor, screenX, screenY) -> {};

        void show(StatusItem item, Node anchor, double screenX, double screenY);
    }

    /**
     * @param showProblem tells the person why an action was rolled back
     * @param reply opens the composer on a reply to a post
     */
    public TimelineActions(
            MastodonApi api,
            BackgroundRunner runner,
            ErrorMessages errors,
            Consumer<String> showProblem,
            Consumer<StatusItem> reply) {
        this(api, runner, errors, showProblem, reply, MoreMenu.NONE);
    }

    /** @param more opens a post's "more" menu (edit, delete, copy link …) */
    public TimelineActions(
            MastodonApi api,
            BackgroundRunner runner,
            ErrorMessages errors,
            Consumer<String> showProblem,
            Consumer<StatusItem> reply,
            MoreMenu more) {
        this(api, runner, errors, showProblem, reply, more, item -> {});
    }

    /** @param open opens a post's thread (Enter on a post, a click on its time) */
    public TimelineActions(
            MastodonApi api,
            BackgroundRunner runner,
            ErrorMessages errors,
            Consumer<String> showProblem,
            Consumer<StatusItem> reply,
            MoreMenu more,
            Consumer<StatusItem> open) {
        this.open = open;
        this.more = more;
        this.api = api;
        this.runner = runner;
        this.errors = errors;
        this.showProblem = showProblem;
        this.reply = reply;
    }

    /** What the account's server said of itself, once the home has read it: votes need not ask again. */
    public void useServer(ServerInfo info) {
        server = info;
    }

    @Override
    public void favourite(StatusItem item) {
        boolean on = !item.shown().favourited();
        String id = item.shown().id();
        toggle(
                item,
                s -> s.withFavourited(on),
                on ? api.statuses().favourite(id) : api.statuses().unfavourite(id));
    }

    @Override
    public void reblog(StatusItem item) {
        boolean on = !item.shown().reblogged();
        String id = item.shown().id();
        toggle(
                item,
                s -> s.withReblogged(on),
                on ? api.statuses().reblog(id) : api.statuses().unreblog(id));
    }

    @Override
    public void bookmark(StatusItem item) {
        boolean on = !item.shown().bookmarked();
        String id = item.shown().id();
        toggle(
                item,
                s -> s.withBookmarked(on),
                on ? api.statuses().bookmark(id) : api.statuses().unbookmark(id));
    }

    /**
     * Shows the change now; on success keeps it (the server's counts may differ, the flag is
     * ours), on failure puts the post back as it was and says why.
     */
    private void toggle(StatusItem item, Function<Status, Status> change, ApiCall<Status> call) {
        Status before = item.status();
        Status optimistic = change.apply(before);
        item.setStatus(optimistic);
        runner.run(call, confirmed -> {}, failure -> {
            if (item.status() == optimistic) {
                item.setStatus(before);
            }
            showProblem.accept(errors.describe(failure));
        });
    }

    @Override
    public void vote(StatusItem item, List<Integer> choices) {
        var poll = item.shown().poll();
        if (poll == null) {
            return;
        }
        // How choices are written depends on the server (snac): known from the home when it has read
        // the instance (useServer), else asked once, at the first vote.
        ServerInfo known = server;
        if (known != null) {
            vote(item, api.statuses().vote(poll.id(), choices, known));
            return;
        }
        runner.run(
                api.instance().serverInfo(),
                info -> {
                    server = info;
                    vote(item, api.statuses().vote(poll.id(), choices, info));
                },
                failure -> vote(item, api.statuses().vote(poll.id(), choices)));
    }

    private void vote(StatusItem item, ApiCall<Poll> call) {
        String id = item.shown().id();
        runner.run(
                call,
                voted -> runner.run(
                        api.statuses().get(item.status().id()),
                        fresh -> {
                            if (fresh.shown().id().equals(id)
                                    && fresh.shown()
                                            .content()
                                            .equals(item.shown().content())) {
                                item.setStatus(fresh);
                            }
                        },
                        this::report),
                this::report);
    }

    private void report(ApiException failure) {
        showProblem.accept(errors.describe(failure));
    }

    @Override
    public void reply(StatusItem item) {
        reply.accept(item);
    }

    @Override
    public void showMore(StatusItem item, Node anchor) {
        more.show(item, anchor, Double.NaN, Double.NaN);
    }

    @Override
    public void showMoreAt(StatusItem item, Node anchor, double screenX, double screenY) {
        more.show(item, anchor, screenX, screenY);
    }

    @Override
    public void openMedia(StatusItem item, int index) {
        // The media viewer arrives with threads and profiles.
    }

    @Override
    public void openStatus(StatusItem item) {
        open.accept(item);
    }
}
