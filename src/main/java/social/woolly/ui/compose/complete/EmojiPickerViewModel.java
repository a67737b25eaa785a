package social.woolly.ui.compose.complete;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import social.woolly.core.compose.EmojiSearch;
import social.woolly.core.compose.UnicodeEmoji;
import social.woolly.core.model.CustomEmoji;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * The emoji picker: recently used first, then the server's custom emoji by category (only those
 * it marks {@code visible_in_picker}), then the bundled Unicode emoji by group; or, with a search
 * term, every emoji whose shortcode or name contains it. Rows hold {@link #COLUMNS} emoji each so
 * the view can show thousands in a virtual list. FX thread only.
 */
final class EmojiPickerViewModel {
    static final int COLUMNS = 8;

    private final CustomEmojiCache custom;
    private final RecentEmoji recent;
    private final BackgroundRunner runner;
    private final Supplier<List<UnicodeEmoji>> unicodeSource;
    private final ResourceBundle words;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<PickerRow> rows = FXCollections.observableArrayList();
    private List<CustomEmoji> customEmoji = List.of();
    private List<UnicodeEmoji> unicode = List.of();
    private Cancellable loadingCustom = Cancellable.NONE;
    private Cancellable loadingUnicode = Cancellable.NONE;

    EmojiPickerViewModel(
            CustomEmojiCache custom,
            RecentEmoji recent,
            BackgroundRunner runner,
            Supplier<List<UnicodeEmoji>> unicode,
            ResourceBundle words) {
        this.custom = custom;
        this.recent = recent;
        this.runner = runner;
        this.unicodeSource = unicode;
        this.words = words;
        filter.addListener((o, was, now) -> rebuild());
    }

    /** The search term; blank shows every section. */
    StringProperty filterProperty() {
        return filter;
    }

    ObservableList<PickerRow> rows() {
        return rows;
    }

    /** Called when the picker opens: clears the search and loads what is not loaded yet. */
    void open() {
        filter.set("");
        rebuild();
        if (unicode.isEmpty()) {
            loadingUnicode.cancel();
            loadingUnicode = runner.runBlocking(
                    unicodeSource::get,
                    list -> {
                        unicode = list;
                        rebuild();
                    },
                    _ -> {});
        }
        loadingCustom.cancel();
        loadingCustom = custom.whenLoaded(list -> {
            customEmoji = list;
            rebuild();
        });
    }

    /** Remembers {@code emoji} as used; the caller inserts its snippet. */
    void chose(PickerEmoji emoji) {
        recent.use(emoji);
    }

    /** The first emoji shown, which Enter in the search field takes; null when none. */
    @org.jspecify.annotations.Nullable
    PickerEmoji first() {
        for (PickerRow row : rows) {
            if (row instanceof PickerRow.Line line && !line.emoji().isEmpty()) {
                return line.emoji().getFirst();
            }
        }
        return null;
    }

    void dispose() {
        loadingCustom.cancel();
        loadingUnicode.cancel();
    }

    private void rebuild() {
        String term = filter.get().strip().toLowerCase(Locale.ROOT);
        List<PickerRow> built = new ArrayList<>();
        if (term.isEmpty()) {
            section(built, words.getString("compose.emoji.recent"), recent.newestFirst());
            byCategory().forEach((category, emoji) -> section(built, category, emoji));
            for (UnicodeEmoji.Group group : UnicodeEmoji.Group.values()) {
                section(
                        built,
                        words.getString("compose.emoji.group." + group.name().toLowerCase(Locale.ROOT)),
                        unicode.stream()
                                .filter(e -> e.group() == group)
                                .<PickerEmoji>map(PickerEmoji.Unicode::new)
                                .toList());
            }
        } else {
            List<PickerEmoji> found = new ArrayList<>();
            EmojiSearch.matching(
                            customEmoji.stream()
                                    .filter(CustomEmoji::visibleInPicker)
                                    .toList(),
                            term,
                            Integer.MAX_VALUE)
                    .forEach(e -> found.add(new PickerEmoji.Custom(e)));
            unicode.stream().filter(e -> e.matches(term)).forEach(e -> found.add(new PickerEmoji.Unicode(e)));
            section(built, words.getString("compose.emoji.results"), found);
        }
        rows.setAll(built);
    }

    // Uncategorised first, as Mastodon's own picker does, then categories by name.
    private Map<String, List<PickerEmoji>> byCategory() {
        String uncategorised = words.getString("compose.emoji.custom");
        Map<String, List<PickerEmoji>> sections = new LinkedHashMap<>();
        customEmoji.stream()
                .filter(CustomEmoji::visibleInPicker)
                .sorted(Comparator.comparing(
                        (CustomEmoji e) -> e.category() == null ? "" : e.category(), String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> sections.computeIfAbsent(
                                e.category() == null || e.category().isBlank() ? uncategorised : e.category(),
                                _ -> new ArrayList<>())
                        .add(new PickerEmoji.Custom(e)));
        return sections;
    }

    private static void section(List<PickerRow> rows, String title, List<PickerEmoji> emoji) {
        if (emoji.isEmpty()) {
            return;
        }
        rows.add(new PickerRow.Header(title));
        for (int i = 0; i < emoji.size(); i += COLUMNS) {
            rows.add(new PickerRow.Line(List.copyOf(emoji.subList(i, Math.min(emoji.size(), i + COLUMNS)))));
        }
    }
}
