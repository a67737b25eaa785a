package social.woolly.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;

/**
 * Applies AtlantaFX's Primer theme in the variant the operating system prefers, light unless it
 * asks for dark, and switches when the user changes that preference while Woolly runs.
 */
public final class SystemTheme {

    private final Platform.Preferences preferences;

    public SystemTheme(Platform.Preferences preferences) {
        this.preferences = preferences;
    }

    /** Sets the theme now and follows the preference from here on. Call on the FX thread. */
    public void apply() {
        use(preferences.getColorScheme());
        preferences.colorSchemeProperty().addListener((_, _, scheme) -> use(scheme));
    }

    /** The theme for {@code scheme}. */
    public static Theme themeFor(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? new PrimerDark() : new PrimerLight();
    }

    private static void use(ColorScheme scheme) {
        Application.setUserAgentStylesheet(themeFor(scheme).getUserAgentStylesheet());
    }
}
