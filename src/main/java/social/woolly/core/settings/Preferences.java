package social.woolly.core.settings;

import org.jspecify.annotations.Nullable;

/**
 * What the person chose in Settings. Unknown or missing values (an older or hand-edited file) fall
 * back to the defaults.
 *
 * @param theme light, dark, or follow the operating system
 * @param fontScalePercent every text's size, 90–150 %
 * @param composerInOwnWindow whether the composer opens in a window of its own instead of beside
 *     the timeline (off when the file does not say)
 */
public record Preferences(@Nullable Theme theme, int fontScalePercent, boolean composerInOwnWindow) {
    public static final int MIN_SCALE = 90;
    public static final int MAX_SCALE = 150;

    /** The app's colours. */
    public enum Theme {
        SYSTEM,
        LIGHT,
        DARK
    }

    public Preferences {
        theme = theme == null ? Theme.SYSTEM : theme;
        fontScalePercent = fontScalePercent == 0 ? 100 : Math.clamp(fontScalePercent, MIN_SCALE, MAX_SCALE);
    }

    /** The composer beside the timeline. */
    public Preferences(@Nullable Theme theme, int fontScalePercent) {
        this(theme, fontScalePercent, false);
    }

    public static Preferences defaults() {
        return new Preferences(Theme.SYSTEM, 100, false);
    }

    public Theme themeOrDefault() {
        return theme == null ? Theme.SYSTEM : theme;
    }

    public Preferences withTheme(Theme newTheme) {
        return new Preferences(newTheme, fontScalePercent, composerInOwnWindow);
    }

    public Preferences withFontScale(int percent) {
        return new Preferences(theme, percent, composerInOwnWindow);
    }

    public Preferences withComposerInOwnWindow(boolean on) {
        return new Preferences(theme, fontScalePercent, on);
    }
}
