package social.woolly.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import social.woolly.core.settings.Preferences;

/**
 * Applies AtlantaFX's Primer theme: light or dark as the person chose, or, when they chose to
 * follow the system, in the variant the operating system prefers, switching when that preference
 * changes while Woolly runs. FX thread only.
 */
public final class SystemTheme {

    private final Platform.Preferences preferences;
    private Preferences.Theme choice = Preferences.Theme.SYSTEM;

    public SystemTheme(Platform.Preferences preferences) {
        this.preferences = preferences;
    }

    /** Follows the operating system's preference from now on. */
    public void apply() {
        preferences.colorSchemeProperty().addListener((_, _, scheme) -> {
            if (choice == Preferences.Theme.SYSTEM) {
                use(scheme);
            }
        });
        use(choice);
    }

    /** Switches to the person's choice at once. */
    public void use(Preferences.Theme theme) {
        choice = theme;
        use(
                switch (theme) {
                    case SYSTEM -> preferences.getColorScheme();
                    case LIGHT -> ColorScheme.LIGHT;
                    case DARK -> ColorScheme.DARK;
                });
    }

    /** The theme for {@code scheme}. */
    public static Theme themeFor(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? new PrimerDark() : new PrimerLight();
    }

    private static void use(ColorScheme scheme) {
        Application.setUserAgentStylesheet(themeFor(scheme).getUserAgentStylesheet());
    }
}
