package social.woolly.ui.compose.complete;

import social.woolly.core.compose.UnicodeEmoji;
import social.woolly.core.model.CustomEmoji;

/** One emoji in the picker: the server's own, or a Unicode one. */
sealed interface PickerEmoji {

    /** What clicking it puts at the caret. */
    String snippet();

    /** Whether the snippet must start a word to work (a {@code :shortcode:} must). */
    boolean ownWord();

    /** What it is called, for the picker's hover line and screen readers. */
    String label();

    /** A custom emoji, inserted as {@code :shortcode: }. */
    record Custom(CustomEmoji emoji) implements PickerEmoji {
        @Override
        public String snippet() {
            return ":" + emoji.shortcode() + ": ";
        }

        @Override
        public boolean ownWord() {
            return true;
        }

        @Override
        public String label() {
            return ":" + emoji.shortcode() + ":";
        }
    }

    /** A Unicode emoji, inserted as itself. */
    record Unicode(UnicodeEmoji emoji) implements PickerEmoji {
        @Override
        public String snippet() {
            return emoji.chars();
        }

        @Override
        public boolean ownWord() {
            return false;
        }

        @Override
        public String label() {
            return emoji.name();
        }
    }
}
