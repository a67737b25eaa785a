package social.woolly.ui.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import social.woolly.core.content.ContentParser;
import social.woolly.core.content.Inline;
import social.woolly.core.model.FilterAction;
import social.woolly.core.model.Status;

/** The factory runs off the FX thread and the item needs no toolkit, so these are plain unit tests. */
class StatusItemTest {

    private final SampleStatuses samples = new SampleStatuses(Instant.parse("2025-06-15T12:00:00Z"));
    private final StatusItemFactory factory = new StatusItemFactory(new ContentParser(), "https://woolly.test");

    @Test
    void rowHeight_isKnownForTheSameWidthAndState_only() {
        StatusItem item = factory.create(samples.plain(false));
        assertThat(item.rowHeight(560)).isEqualTo(-1);

        item.rememberRowHeight(560, 120);

        assertThat(item.rowHeight(560)).isEqualTo(120);
        assertThat(item.rowHeight(480)).isEqualTo(-1);
        item.mediaRevealedProperty().set(true);
        assertThat(item.rowHeight(560)).as("media revealed: another height").isEqualTo(-1);
        item.rememberRowHeight(560, 300);
        item.setStatus(samples.plain(true));
        assertThat(item.rowHeight(560)).as("a newer copy of the post").isEqualTo(-1);
    }

    @Test
    void create_parsesContentWithMentionsTagsAndEmoji() {
        StatusItem item = factory.create(samples.plain());

        assertThat(item.content().blocks()).hasSize(2);
        assertThat(item.content().blocks().getFirst().inlines())
                .anyMatch(run -> run instanceof Inline.Mention m && "moss@lichen.example".equals(m.acct()))
                .anyMatch(run -> run instanceof Inline.Hashtag tag && tag.name().equals("gardening"))
                .anyMatch(run ->
                        run instanceof Inline.Emoji emoji && emoji.shortcode().equals("blobfox"));
        assertThat(item.displayName().blocks().getFirst().inlines()).anyMatch(run -> run instanceof Inline.Emoji);
        assertThat(item.hasContentWarning()).isFalse();
    }

    @Test
    void create_nameWithMarkup_keepsItAsText() {
        StatusItem item = factory.create(samples.hostile());

        assertThat(item.displayName().plainText()).isEqualTo("<b>Not bold</b> & <i>not</i> italic");
        assertThat(item.content().plainText()).doesNotContain("alert");
    }

    @Test
    void create_boost_showsTheBoostedPostAndNamesTheBooster() {
        StatusItem item = factory.create(samples.boostWithMedia());

        assertThat(item.isReblog()).isTrue();
        assertThat(item.shown().account().username()).isEqualTo("aurora");
        assertThat(item.boosterName().plainText()).isEqualTo("Moss 🌿");
        assertThat(item.blurhash(0)).hasSize(32 * 32);
        assertThat(item.blurhash(1)).hasSize(32 * 32);
        assertThat(item.blurhash(7)).isEmpty();
    }

    @Test
    void create_everySample_givesAnItem() {
        assertThat(samples.all())
                .map(factory::create)
                .allSatisfy(item -> assertThat(item.shown()).isNotNull());
    }

    @Test
    void create_megabyteOfContent_isCut() {
        StatusItem item = factory.create(samples.huge());

        assertThat(item.content().truncated()).isTrue();
        assertThat(item.content().plainText().length()).isLessThanOrEqualTo(ContentParser.DEFAULT_MAX_CHARS + 100);
        assertThat(new StatusItemFactory(null).create(samples.huge()).content().plainText())
                .hasSizeLessThanOrEqualTo(StatusItemFactory.LIST_MAX_CHARS + 10);
    }

    @Test
    void create_quote_parsesTheQuotedPostOneLevelDeep() {
        StatusItem item = factory.create(samples.quote());

        assertThat(item.quoted()).isNotNull();
        assertThat(item.quoted().content().plainText()).startsWith("Reminder that the best camera");
        assertThat(item.quoted().quoted()).isNull();
    }

    @Test
    void create_quoteTheServerWillNotShow_hasNoQuotedItem() {
        StatusItem item = factory.create(samples.hostile());

        assertThat(item.shown().quote()).isNotNull();
        assertThat(item.quoted()).isNull();
    }

    @Test
    void filterAction_warn_collapsesUntilBypassed() {
        StatusItem item = factory.create(samples.filtered());

        assertThat(item.filterAction()).isEqualTo(FilterAction.WARN);
        assertThat(item.warningFilterTitles()).containsExactly("Football");
        assertThat(item.isCollapsedByFilter()).isTrue();
        item.filterBypassedProperty().set(true);
        assertThat(item.isCollapsedByFilter()).isFalse();
        assertThat(item.isFilteredOut()).isFalse();
    }

    @Test
    void filterAction_hideAndBlur() {
        Status hidden = withFilter("hide");
        Status blurred = withFilter("blur");

        assertThat(factory.create(hidden).isFilteredOut()).isTrue();
        StatusItem blur = factory.create(blurred);
        assertThat(blur.filterAction()).isEqualTo(FilterAction.BLUR);
        assertThat(blur.isMediaHidden()).isTrue();
        assertThat(blur.isCollapsedByFilter()).isFalse();
    }

    @Test
    void isMediaHidden_sensitiveUntilRevealed() {
        StatusItem item = factory.create(samples.sensitiveFourImages());

        assertThat(item.isMediaHidden()).isTrue();
        item.mediaRevealedProperty().set(true);
        assertThat(item.isMediaHidden()).isFalse();
        assertThat(factory.create(samples.boostWithMedia()).isMediaHidden()).isFalse();
    }

    @Test
    void setStatus_sameText_replacesTheStatus() {
        Status original = samples.contentWarning();
        StatusItem item = factory.create(original);
        Status favourited = new SampleStatuses(Instant.parse("2025-06-15T12:00:00Z")).contentWarning();

        item.setStatus(favourited);

        assertThat(item.status()).isSameAs(favourited);
    }

    @Test
    void setStatus_otherPostOrChangedText_isRefused() {
        StatusItem item = factory.create(samples.plain());

        assertThatThrownBy(() -> item.setStatus(samples.contentWarning())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createFromPrevious_keepsTheUiState() {
        StatusItem first = factory.create(samples.contentWarning());
        first.contentWarningExpandedProperty().set(true);
        first.mediaRevealedProperty().set(true);

        StatusItem again = factory.create(first.status(), first);

        assertThat(again.contentWarningExpandedProperty().get()).isTrue();
        assertThat(again.mediaRevealedProperty().get()).isTrue();
    }

    @Test
    void relativeTime_isFormattedOncePerTick() {
        StatusItem item = factory.create(samples.plain());
        RelativeTime time = new RelativeTime(
                Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC),
                ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH));

        String first = item.relativeTime(time, 1);

        assertThat(first).isEqualTo("4m");
        assertThat(item.relativeTime(time, 1)).isSameAs(first);
        assertThat(item.relativeTime(time, 2)).isEqualTo(first).isNotSameAs(first);
    }

    private Status withFilter(String action) {
        return samples.status(
                SampleStatuses.account("20", "x", "X", "https://img.test/avatar/x.png", ""),
                "<p>text</p>",
                """
                "media_attachments": [%s],
                "filtered": [{"filter": {"id": "f", "title": "T", "context": ["home"], "filter_action": "%s"},
                  "keyword_matches": [], "status_matches": []}]
                """.formatted(SampleStatuses.image("m", "m", 1.0, null, null), action),
                Duration.ofMinutes(1));
    }
}
