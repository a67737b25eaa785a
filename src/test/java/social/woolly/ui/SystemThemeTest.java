package social.woolly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.ColorScheme;
import org.junit.jupiter.api.Test;

class SystemThemeTest {

    @Test
    void themeFor_darkPreference_isPrimerDark() {
        assertThat(SystemTheme.themeFor(ColorScheme.DARK)).isInstanceOf(PrimerDark.class);
    }

    @Test
    void themeFor_lightPreference_isPrimerLight() {
        assertThat(SystemTheme.themeFor(ColorScheme.LIGHT)).isInstanceOf(PrimerLight.class);
    }
}
