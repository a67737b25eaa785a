package social.woolly.core.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The base direction of a block of text, from its first strong character (Unicode bidi rule P2). */
public enum Direction {
    LTR,
    RTL;

    /** RTL when the first strong character is Hebrew, Arabic, Syriac, Thaana, N'Ko …; LTR otherwise. */
    public static Direction of(CharSequence text) {
        Direction found = firstStrong(text);
        return found == null ? LTR : found;
    }

    /**
     * The direction of a block's runs. Mentions, hashtags and links are looked at only when the plain
     * text has no strong character: a Hebrew reply starts with {@code @alice}, and is still Hebrew.
     */
    static Direction of(List<Inline> runs) {
        for (Inline run : runs) {
            if (run instanceof Inline.Text text) {
                Direction found = firstStrong(text.text());
                if (found != null) {
                    return found;
                }
            }
        }
        for (Inline run : runs) {
            if (!(run instanceof Inline.Text)) {
                Direction found = firstStrong(run.text());
                if (found != null) {
                    return found;
                }
            }
        }
        return LTR;
    }

    private static @Nullable Direction firstStrong(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                if ((codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z') {
                    return LTR;
                }
                continue;
            }
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
                    return LTR;
                }
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
                    return RTL;
                }
                default -> {
                    // neutral or weak: keep looking
                }
            }
        }
        return null;
    }
}
