package social.woolly.ui.compose.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.compose.Draft;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.concurrent.DirectRunner;

/** The post's language (issue #5: "language (defaults to the account's preference)"). */
class LanguagePartTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private Sandbox sandbox;
    private MastodonApi api;
    private int changes;

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

    private LanguagePart part() {
        LanguagePart part = new LanguagePart(Locale.ENGLISH, Locale.FRANCE);
        part.onChange(() -> changes++);
        return part;
    }

    private static String written(LanguagePart part) {
        Draft.Builder builder = Draft.blank("alice@test", NOW).toBuilder();
        part.writeTo(builder);
        return builder.build().language();
    }

    @Test
    void default_isTheAccountsPostingLanguage() {
        LanguagePart part = part();

        part.loadAccountDefault(api.accounts(), new DirectRunner());

        assertThat(part.languageProperty().get()).isEqualTo("en");
        assertThat(written(part)).isEqualTo("en");
        assertThat(changes).isZero();
    }

    @Test
    void default_withoutPreferences_isTheSystemLanguage() {
        sandbox.failNext("/api/v1/preferences", 500, "<html>oops</html>");
        LanguagePart part = part();

        part.loadAccountDefault(api.accounts(), new DirectRunner());

        assertThat(part.languageProperty().get()).isEqualTo("fr");
    }

    @Test
    void default_accountWithoutAPostingLanguage_isTheSystemLanguage() {
        LanguagePart part = part();

        part.useAccountDefault(null);

        assertThat(part.languageProperty().get()).isEqualTo("fr");
    }

    @Test
    void pick_isRememberedForTheNextDraft_andSaysChanged() {
        LanguagePart part = part();
        part.useAccountDefault("en");

        part.languageProperty().set("de");
        part.show(Draft.blank("alice@test", NOW));

        assertThat(part.languageProperty().get()).isEqualTo("de");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void show_draftWithALanguage_keepsIt_evenWhenPreferencesArriveLater() {
        LanguagePart part = part();
        part.show(Draft.blank("alice@test", NOW).toBuilder().language("ja").build());

        part.useAccountDefault("en");

        assertThat(part.languageProperty().get()).isEqualTo("ja");
    }

    @Test
    void codes_areIso6391_namedInTheDisplayLanguage_andFoundByTyping() {
        LanguagePart part = part();

        assertThat(part.codes())
                .contains("en", "de", "ja")
                .allSatisfy(code -> assertThat(code).hasSize(2));
        assertThat(part.name("de")).isEqualTo("German");
        assertThat(part.find("ger")).contains("de");
        assertThat(part.find("zzz")).isEmpty();
    }
}
