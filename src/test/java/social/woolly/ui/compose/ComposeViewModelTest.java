package social.woolly.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.compose.Published;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.ServerLimits;
import social.woolly.core.model.Visibility;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.DirectRunner;

/** Issue #5's promise, through the composer's view-model against the sandbox: nothing typed is lost. */
class ComposeViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private MastodonApi api;
    private Drafts drafts;
    private final List<Published> published = new ArrayList<>();
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        api = new MastodonClient(new OkHttpClient())
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        drafts = new Drafts(dir.resolve("drafts.sqlite"), clock);
    }

    @AfterEach
    void stop() {
        drafts.close();
        sandbox.close();
    }

    private ComposeViewModel composer() {
        return new ComposeViewModel(
                "alice@test",
                ServerLimits.MASTODON_DEFAULTS,
                drafts,
                new Publisher(api),
                new DirectRunner(),
                new ErrorMessages(TEXT),
                clock,
                published::add);
    }

    @Test
    void post_sendsAndClearsAndForgetsTheDraft() throws Exception {
        ComposeViewModel composer = composer();
        int before = sandbox.statusCount();
        composer.textProperty().set("Hello from the composer #woolly");
        composer.warningProperty().set(true);
        composer.spoilerTextProperty().set("greetings");
        composer.visibilityProperty().set(Visibility.UNLISTED);

        composer.post();

        assertThat(sandbox.statusCount()).isEqualTo(before + 1);
        assertThat(published).singleElement().isInstanceOfSatisfying(Published.Posted.class, posted -> {
            assertThat(posted.status().spoilerText()).isEqualTo("greetings");
            assertThat(posted.status().visibility()).isEqualTo(Visibility.UNLISTED);
        });
        assertThat(composer.textProperty().get()).isEmpty();
        assertThat(drafts.newest("alice@test")).isEmpty();
    }

    @Test
    void failedPost_keepsTheTextAndSaysWhy_andTheRetryPostsOnce() throws Exception {
        ComposeViewModel composer = composer();
        int before = sandbox.statusCount();
        composer.textProperty().set("Important words");
        sandbox.failNext("/api/v1/statuses", 503, "<html>Service Unavailable</html>");

        composer.post();

        assertThat(composer.textProperty().get()).isEqualTo("Important words");
        assertThat(composer.errorProperty().get()).contains("trouble");
        assertThat(sandbox.statusCount()).isEqualTo(before);
        String key = composer.draft().idempotencyKey();

        composer.post();

        assertThat(sandbox.statusCount()).isEqualTo(before + 1);
        assertThat(sandbox.requests("/api/v1/statuses"))
                .allSatisfy(r -> assertThat(r.headers().get("Idempotency-Key")).isEqualTo(key));
    }

    @Test
    void typing_isSavedAfterAPause_andComesBackInANewComposer() throws Exception {
        ComposeViewModel composer = composer();
        composer.textProperty().set("Half a thought");
        composer.saveIfDue();
        assertThat(drafts.newest("alice@test")).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        composer.saveIfDue();

        ComposeViewModel afterCrash = composer();
        afterCrash.restoreNewestDraft(() -> {});
        assertThat(afterCrash.textProperty().get()).isEqualTo("Half a thought");
        assertThat(afterCrash.draft().idempotencyKey())
                .isEqualTo(composer.draft().idempotencyKey());
    }

    @Test
    void pastTheLimit_cannotPost() {
        ComposeViewModel composer = composer();

        composer.textProperty().set("x".repeat(501));

        assertThat(composer.remainingProperty().get()).isEqualTo(-1);
        assertThat(composer.overProperty().get()).isTrue();
        assertThat(composer.canPostProperty().get()).isFalse();
    }

    @Test
    void urls_countAsTheServersUrlLength() {
        ComposeViewModel composer = composer();

        composer.textProperty().set("see https://example.org/" + "a".repeat(200));

        assertThat(composer.remainingProperty().get()).isEqualTo(500 - 4 - 23);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
