package social.woolly.ui.compose.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.model.CustomEmoji;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * One account's server's custom emoji ({@code GET /api/v1/custom_emojis}), fetched the first time
 * they are wanted and then kept. A server without the endpoint (404 or another refusal) has none; a
 * network failure gives none this time and is tried again the next time. FX thread only.
 */
final class CustomEmojiCache {
    private final Supplier<ApiCall<List<CustomEmoji>>> fetch;
    private final BackgroundRunner runner;
    private final List<Consumer<List<CustomEmoji>>> waiting = new ArrayList<>();
    private @Nullable List<CustomEmoji> emoji;
    private Cancellable loading = Cancellable.NONE;
    private boolean inFlight;

    CustomEmojiCache(Supplier<ApiCall<List<CustomEmoji>>> fetch, BackgroundRunner runner) {
        this.fetch = fetch;
        this.runner = runner;
    }

    /**
     * Gives the emoji to {@code use}: at once if they are here, else when they arrive. Cancelling
     * the handle drops {@code use} (the fetch goes on for others).
     */
    Cancellable whenLoaded(Consumer<List<CustomEmoji>> use) {
        List<CustomEmoji> known = emoji;
        if (known != null) {
            use.accept(known);
            return Cancellable.NONE;
        }
        // A wrapper, so that the same consumer asked twice is two waiters.
        Consumer<List<CustomEmoji>> waiter = list -> use.accept(list);
        waiting.add(waiter);
        if (!inFlight) {
            inFlight = true;
            loading = runner.run(fetch.get(), this::loaded, this::failed);
        }
        return () -> waiting.remove(waiter);
    }

    void dispose() {
        loading.cancel();
        waiting.clear();
        inFlight = false;
    }

    private void loaded(List<CustomEmoji> list) {
        emoji = List.copyOf(list);
        deliver(emoji);
    }

    private void failed(ApiException failure) {
        if (failure instanceof ApiException.NotFound || failure instanceof ApiException.Rejected) {
            emoji = List.of();
        }
        deliver(List.of());
    }

    private void deliver(List<CustomEmoji> list) {
        inFlight = false;
        loading = Cancellable.NONE;
        List<Consumer<List<CustomEmoji>>> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(waiter -> waiter.accept(list));
    }
}
