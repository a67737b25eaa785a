package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a record gets when a server left a field out: JSON decoding passes {@code null} for every
 * absent component, and records turn that into the documented empty value here.
 */
final class Missing {
    private Missing() {}

    /** An absent array is an empty list, never {@code null}; a present one is copied unmodifiable. */
    static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An absent text that Mastodon always sends (content, spoiler text) is the empty string. */
    static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    static <T> T or(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}
