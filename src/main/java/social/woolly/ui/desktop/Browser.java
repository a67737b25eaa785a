package social.woolly.ui.desktop;

import java.net.URI;

/** Opens web pages in the person's own browser. Returns at once; never blocks the FX thread. */
public interface Browser {

    /** Opens {@code page}; only http and https addresses are opened, anything else is ignored. */
    void open(URI page);
}
