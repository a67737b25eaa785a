package social.woolly.ui.compose.complete;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.DirectRunner;

/** Autocomplete's suggestions against the sandbox's search and custom emoji (issue #5). */
class CompletionViewModelTest {
    private Sandbox sandbox;
    private MastodonApi api;
    private final ManualDelay delay = new ManualDelay();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        api = new MastodonClient(new OkHttpClient())
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CompletionViewModel model(BackgroundRunner runner) {
        return new CompletionViewModel(
                CompletionViewModel.Search.on(api),
                new CustomEmojiCache(() -> api.instance().customEmojis(), runner),
                runner,
                delay);
    }

    @Test
    void update_account_searchesAfterTheDebounceAndSuggestsBob() {
        CompletionViewModel model = model(new DirectRunner());

        model.update("Hi @bo", 6);

        assertThat(sandbox.requests("/api/v2/search")).isEmpty();
        assertThat(delay.lastWait).isEqualTo(CompletionViewModel.DEBOUNCE);
        delay.elapse();
        assertThat(model.suggestions())
                .singleElement()
                .isEqualTo(model.suggestions().getFirst());
        assertThat(model.suggestions().getFirst())
                .isInstanceOfSatisfying(
                        Suggestion.Mention.class,
                        m -> assertThat(m.account().acct()).isEqualTo("bob"));
        assertThat(model.selectedProperty().get()).isZero();
        var request = sandbox.requests("/api/v2/search").getFirst();
        assertThat(request.queryParameter("q")).isEqualTo("bo");
        assertThat(request.queryParameter("type")).isEqualTo("accounts");
        assertThat(request.queryParameter("resolve")).isEqualTo("false");
        assertThat(request.queryParameter("limit")).isEqualTo("8");
    }

    @Test
    void update_typingOnBeforeTheDebounce_asksOnceForTheLatestTerm() {
        CompletionViewModel model = model(new DirectRunner());

        model.update("@b", 2);
        model.update("@bo", 3);
        model.update("@bob", 4);

        assertThat(delay.waiting()).isEqualTo(1);
        delay.elapse();
        assertThat(sandbox.requests("/api/v2/search"))
                .extracting(r -> r.queryParameter("q"))
                .containsExactly("bob");
    }

    @Test
    void update_typingOnWhileSearching_cancelsTheCallInFlight() {
        HeldRunner runner = new HeldRunner();
        CompletionViewModel model = model(runner);
        model.update("@c", 2);
        delay.elapse();

        model.update("@bo", 3);
        delay.elapse();

        assertThat(runner.cancelled).isEqualTo(1);
        assertThat(runner.release()).isEqualTo(1);
        assertThat(model.suggestions()).extracting(Suggestion::value).containsExactly("bob");
    }

    @Test
    void update_hashtag_suggestsTagsWithTheirUses() {
        CompletionViewModel model = model(new DirectRunner());

        model.update("I like #wool", 12);
        delay.elapse();

        assertThat(model.suggestions().getFirst()).isInstanceOfSatisfying(Suggestion.Hashtag.class, tag -> {
            assertThat(tag.value()).isEqualTo("woolly");
            assertThat(tag.uses()).isPositive();
        });
        assertThat(sandbox.requests("/api/v2/search").getFirst().queryParameter("type"))
                .isEqualTo("hashtags");
    }

    @Test
    void update_emoji_matchesLocallyIncludingHiddenOnesAndFetchesTheListOnce() {
        CompletionViewModel model = model(new DirectRunner());

        model.update(":wool", 5);
        assertThat(model.suggestions()).extracting(Suggestion::value).containsExactly("woolly", "woolly_admin");
        model.update("Hi :bl", 6);

        assertThat(model.suggestions()).extracting(Suggestion::value).containsExactly("blobwave");
        assertThat(sandbox.requests("/api/v1/custom_emojis")).hasSize(1);
        assertThat(sandbox.requests("/api/v2/search")).isEmpty();
        assertThat(delay.waiting()).isZero();
    }

    @Test
    void update_searchFails_showsNoSuggestions() {
        CompletionViewModel model = model(new DirectRunner());
        sandbox.failNext("/api/v2/search", 404, "<html>Not here</html>");

        model.update("@bo", 3);
        delay.elapse();

        assertThat(model.suggestions()).isEmpty();
        assertThat(model.selectedProperty().get()).isEqualTo(-1);
    }

    @Test
    void update_caretLeavesTheToken_clearsAndCancels() {
        CompletionViewModel model = model(new DirectRunner());
        model.update("@bo", 3);
        delay.elapse();

        model.update("@bo ", 4);

        assertThat(model.suggestions()).isEmpty();
        assertThat(delay.waiting()).isZero();
    }

    @Test
    void accept_selectedAccount_replacesTheToken() {
        CompletionViewModel model = model(new DirectRunner());
        model.update("Hi @bo", 6);
        delay.elapse();

        var edit = model.accept("Hi @bo").orElseThrow();

        assertThat(edit.applyTo("Hi @bo")).isEqualTo("Hi @bob ");
        assertThat(model.suggestions()).isEmpty();
    }

    @Test
    void dismiss_sameTokenAgain_staysClosed() {
        CompletionViewModel model = model(new DirectRunner());
        model.update(":wool", 5);

        model.dismiss();
        model.update(":wool", 5);

        assertThat(model.suggestions()).isEmpty();
    }

    @Test
    void move_wrapsAround() {
        CompletionViewModel model = model(new DirectRunner());
        model.update(":wool", 5);

        model.move(-1);

        assertThat(model.selectedProperty().get()).isEqualTo(1);
    }
}
