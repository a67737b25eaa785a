package social.woolly.ui.compose.complete;

import social.woolly.core.model.Account;
import social.woolly.core.model.CustomEmoji;
import social.woolly.core.model.Tag;

/** One thing the token at the caret can be completed to. */
sealed interface Suggestion {

    /** What replaces the token, without its trigger character: {@code acct}, tag name, shortcode. */
    String value();

    /** An account to mention. */
    record Mention(Account account) implements Suggestion {
        @Override
        public String value() {
            return account.acct();
        }
    }

    /** A hashtag, with how often it was used in the days the server tells. */
    record Hashtag(Tag tag) implements Suggestion {
        @Override
        public String value() {
            return tag.name();
        }

        /** Uses over the server's recent history; 0 when it sends none. */
        long uses() {
            long sum = 0;
            for (Tag.History day : tag.history()) {
                try {
                    sum += Long.parseLong(day.uses().strip());
                } catch (NumberFormatException e) {
                    // A server that sends no number for a day: that day counts nothing.
                }
            }
            return sum;
        }
    }

    /** A custom emoji of the server. */
    record Emoji(CustomEmoji emoji) implements Suggestion {
        @Override
        public String value() {
            return emoji.shortcode();
        }
    }
}
