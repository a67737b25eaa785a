package social.woolly.ui.desktop;

import java.nio.file.Path;

/** Shows a file or folder in the desktop's own application for it (a file manager for folders). */
@FunctionalInterface
public interface FileOpener {

    /** Asks the desktop to open {@code path}; returns at once, from the FX thread. */
    void open(Path path);
}
