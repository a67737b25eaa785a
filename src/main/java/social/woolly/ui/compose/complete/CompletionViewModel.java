package social.woolly.ui.compose.complete;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.ComposedCall;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.SearchMethods;
import social.woolly.core.compose.CompletionQuery;
import social.woolly.core.compose.EmojiSearch;
import social.woolly.core.compose.TextEdit;
import social.woolly.core.model.Account;
import social.woolly.core.model.SearchResults;
import social.woolly.core.model.Tag;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * Suggestions for the token at the composer's caret: accounts and hashtags from the server's
 * search ({@link Search#on}), asked {@link #DEBOUNCE} after the person stops typing, the call before cancelled when
 * they type on; custom emoji matched here from the server's list. A search that fails shows
 * nothing (autocomplete is a convenience, not worth a dialog). FX thread only.
 */
final class CompletionViewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(200);
    static final int LIMIT = 8;

    /** Builds the search for a term, e.g. {@code (term, type) -> api.search().search(…)}. */
    interface Search extends BiFunction<String, CompletionQuery.Kind, ApiCall<SearchResults>> {

        /**
         * The server's search, without WebFinger look-ups (too slow while typing), {@link #LIMIT}
         * results. Accounts come from {@code /api/v1/accounts/search}, which matches prefixes on
         * servers whose v2 search does not (snac), else from v2; hashtags from v2, else from those
         * the person follows (Hollo's v2 search never finds hashtags).
         */
        static Search on(MastodonApi api) {
            return (term, kind) -> kind == CompletionQuery.Kind.ACCOUNT ? accounts(api, term) : hashtags(api, term);
        }

        private static ApiCall<SearchResults> accounts(MastodonApi api, String term) {
            ApiCall<List<Account>> v1 = api.accounts().search(term, LIMIT);
            ApiCall<SearchResults> v2 = api.search().search(term, SearchMethods.Type.ACCOUNTS, false, 0, LIMIT);
            return new ComposedCall<>(calls -> {
                try {
                    return new SearchResults(calls.run(v1), List.of(), List.of());
                } catch (ApiException.NotFound
                        | ApiException.Rejected
                        | ApiException.ServerTrouble
                        | ApiException.BadResponse e) {
                    return calls.run(v2);
                }
            });
        }

        private static ApiCall<SearchResults> hashtags(MastodonApi api, String term) {
            ApiCall<SearchResults> v2 = api.search().search(term, SearchMethods.Type.HASHTAGS, false, 0, LIMIT);
            ApiCall<List<Tag>> followed = api.tags().allFollowed(1);
            String prefix = term.toLowerCase(Locale.ROOT);
            return new ComposedCall<>(calls -> {
                SearchResults found = calls.run(v2);
                if (!found.hashtags().isEmpty()) {
                    return found;
                }
                List<Tag> mine = calls.run(followed).stream()
                        .filter(tag -> tag.name().toLowerCase(Locale.ROOT).startsWith(prefix))
                        .toList();
                return new SearchResults(List.of(), List.of(), mine);
            });
        }
    }

    private final Search search;
    private final CustomEmojiCache emoji;
    private final BackgroundRunner runner;
    private final Delay delay;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> readOnly = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private @Nullable CompletionQuery query;
    private Cancellable work = Cancellable.NONE;

    CompletionViewModel(Search search, CustomEmojiCache emoji, BackgroundRunner runner, Delay delay) {
        this.search = search;
        this.emoji = emoji;
        this.runner = runner;
        this.delay = delay;
    }

    /** What to offer, best first; empty when there is nothing to offer (the popup hides). */
    ObservableList<Suggestion> suggestions() {
        return readOnly;
    }

    /** The index of the suggestion Enter or Tab would take, -1 when there is none. */
    ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Follows the text and caret: call on every change of either. */
    void update(String text, int caret) {
        CompletionQuery now = CompletionQuery.at(text, caret).orElse(null);
        if (Objects.equals(now, query)) {
            return;
        }
        CompletionQuery before = query;
        query = now;
        work.cancel();
        work = Cancellable.NONE;
        if (now == null) {
            show(List.of());
            return;
        }
        // Typing on in the same token keeps what is shown until the new answer, so the list does not blink.
        if (before == null || before.kind() != now.kind() || before.start() != now.start()) {
            show(List.of());
        }
        switch (now.kind()) {
            case EMOJI ->
                work = emoji.whenLoaded(all -> {
                    if (now.equals(query)) {
                        show(EmojiSearch.matching(all, now.term(), LIMIT).stream()
                                .<Suggestion>map(Suggestion.Emoji::new)
                                .toList());
                    }
                });
            case ACCOUNT, HASHTAG -> work = delay.after(DEBOUNCE, () -> ask(now));
        }
    }

    /** Where the token being completed starts in the text, -1 when there is none. */
    int tokenStart() {
        CompletionQuery current = query;
        return current == null ? -1 : current.start();
    }

    /** Moves the selection by {@code step}, wrapping around. */
    void move(int step) {
        int size = suggestions.size();
        if (size > 0) {
            selected.set(Math.floorMod(selected.get() + step, size));
        }
    }

    void select(int index) {
        if (index >= 0 && index < suggestions.size()) {
            selected.set(index);
        }
    }

    /** The edit that puts the selected suggestion in place of the token in {@code text}, and closes. */
    Optional<TextEdit> accept(String text) {
        CompletionQuery current = query;
        int index = selected.get();
        if (current == null || index < 0 || index >= suggestions.size()) {
            return Optional.empty();
        }
        TextEdit edit = current.complete(text, suggestions.get(index).value());
        dismiss();
        return Optional.of(edit);
    }

    /** Hides the suggestions until the caret is in another token (or this one changes). */
    void dismiss() {
        work.cancel();
        work = Cancellable.NONE;
        show(List.of());
    }

    /** Cancels all work; call when the composer goes away. */
    void dispose() {
        dismiss();
        query = null;
    }

    private void ask(CompletionQuery asked) {
        work = runner.run(
                search.apply(asked.term(), asked.kind()),
                results -> {
                    if (asked.equals(query)) {
                        show(suggestionsOf(asked.kind(), results));
                    }
                },
                // A server that cannot search (404, 5xx, offline) just has no suggestions.
                _ -> show(List.of()));
    }

    private static List<Suggestion> suggestionsOf(CompletionQuery.Kind kind, SearchResults results) {
        List<Suggestion> found = kind == CompletionQuery.Kind.ACCOUNT
                ? results.accounts().stream()
                        .<Suggestion>map(Suggestion.Mention::new)
                        .toList()
                : results.hashtags().stream()
                        .<Suggestion>map(Suggestion.Hashtag::new)
                        .toList();
        return found.subList(0, Math.min(LIMIT, found.size()));
    }

    private void show(List<Suggestion> found) {
        suggestions.setAll(found);
        selected.set(found.isEmpty() ? -1 : 0);
    }
}
