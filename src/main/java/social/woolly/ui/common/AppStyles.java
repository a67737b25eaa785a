package social.woolly.ui.common;

import java.net.URL;
import java.util.Objects;

/** Woolly's own stylesheet, added on top of the AtlantaFX theme to every scene Woolly makes. */
public final class AppStyles {

    /** The URL of {@code app.css}, for {@code getStylesheets().add(…)}. */
    public static final String APP_CSS = resource("/social/woolly/ui/app.css");

    private AppStyles() {}

    private static String resource(String path) {
        URL url = Objects.requireNonNull(AppStyles.class.getResource(path), () -> "missing resource " + path);
        return url.toExternalForm();
    }
}
