package social.woolly.ui.home;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.model.MastodonList;
import social.woolly.core.model.Tag;
import social.woolly.ui.common.Icons;

/**
 * The Lists and Hashtags sections of an account's navigation column: loaded when the column shows,
 * again when it shows after a minute or more, or by their refresh buttons; never on every click.
 */
final class NavSections {
    /** At 100 tags a page: more followed tags than anyone reads in a column. */
    static final int MAX_TAG_PAGES = 5;

    private final NavSectionModel<MastodonList> lists;
    private final NavSectionModel<Tag> tags;

    /**
     * @param openList opens a list's timeline in place
     * @param openTag opens a hashtag's timeline (name without #)
     */
    NavSections(
            MastodonApi api,
            HomeServices services,
            NavColumn nav,
            Consumer<MastodonList> openList,
            Consumer<String> openTag) {
        ResourceBundle text = services.text();
        lists = new NavSectionModel<>(() -> api.lists().all(), services.runner(), services.clock());
        tags = new NavSectionModel<>(() -> api.tags().allFollowed(MAX_TAG_PAGES), services.runner(), services.clock());
        nav.addSections(
                new NavSection<>(
                        "nav-lists",
                        text.getString("nav.lists"),
                        text.getString("nav.lists.refresh"),
                        text.getString("nav.lists.empty"),
                        text.getString("nav.lists.unavailable"),
                        lists,
                        new NavSection.Entries<>(
                                MastodonList::title, list -> listKey(list.id()), list -> Icons.list(), openList),
                        nav::isSelectedEntry),
                new NavSection<>(
                        "nav-hashtags",
                        text.getString("nav.hashtags"),
                        text.getString("nav.hashtags.refresh"),
                        text.getString("nav.hashtags.empty"),
                        text.getString("nav.hashtags.unavailable"),
                        tags,
                        new NavSection.Entries<>(
                                tag -> "#" + tag.name(),
                                tag -> tagKey(tag.name()),
                                tag -> null,
                                tag -> openTag.accept(tag.name())),
                        nav::isSelectedEntry));
        nav.onShown(() -> {
            lists.refreshIfStale();
            tags.refreshIfStale();
        });
    }

    /** The key of a list's entry in the column and among the timelines opened in place. */
    static String listKey(String id) {
        return "list:" + id;
    }

    /** The key of a hashtag's entry: Mastodon's tags ignore case, and so does this. */
    static String tagKey(String name) {
        String bare = name.strip();
        return "tag:" + (bare.startsWith("#") ? bare.substring(1) : bare).toLowerCase(Locale.ROOT);
    }

    void dispose() {
        lists.dispose();
        tags.dispose();
    }
}
