package social.woolly;

import javafx.application.Application;
import social.woolly.core.platform.NativeMemory;

/**
 * Entry point. A class that does not extend {@link Application} lets Woolly start from a plain
 * classpath and from the jpackage launcher without the JavaFX module check.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        NativeMemory.limitMallocArenas();
        NativeMemory.skipGdkGl();
        Application.launch(App.class, args);
    }
}
