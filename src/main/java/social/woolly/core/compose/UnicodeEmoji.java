package social.woolly.core.compose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Unicode emoji offered in the emoji picker, from a compact list bundled with Woolly (a few
 * hundred common ones, not all of Unicode's).
 *
 * @param chars the emoji itself, as inserted
 * @param name its Unicode name in lower case, for searching
 */
public record UnicodeEmoji(String chars, String name, Group group) {

    /** The picker's groups, in Unicode's order. */
    public enum Group {
        SMILEYS,
        PEOPLE,
        ANIMALS,
        FOOD,
        TRAVEL,
        ACTIVITIES,
        OBJECTS,
        SYMBOLS,
        FLAGS
    }

    private static final String RESOURCE = "unicode-emoji.txt";

    /** Whether {@code term} (lower case) is part of this emoji's name. */
    public boolean matches(String term) {
        return name.contains(term.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The bundled list, grouped and in order. Reads a resource; a missing or broken one is a bug.
     *
     * <p>The file has a {@code [group]} line before each group, then one emoji per line: the emoji,
     * a space, its name.
     */
    public static List<UnicodeEmoji> bundled() {
        try (InputStream in = Objects.requireNonNull(UnicodeEmoji.class.getResourceAsStream(RESOURCE), RESOURCE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<UnicodeEmoji> parse(List<String> lines) {
        List<UnicodeEmoji> all = new ArrayList<>();
        Group group = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                group = Group.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
                continue;
            }
            int space = line.indexOf(' ');
            if (group == null || space < 1) {
                throw new IllegalStateException("bad emoji line: " + line);
            }
            all.add(new UnicodeEmoji(
                    line.substring(0, space), line.substring(space + 1).toLowerCase(Locale.ROOT), group));
        }
        return List.copyOf(all);
    }
}
