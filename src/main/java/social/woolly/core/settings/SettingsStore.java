package social.woolly.core.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import social.woolly.core.store.JsonFile;

/**
 * Preferences ({@code settings.json} in the config folder) and the window layout ({@code
 * window.json} in the state folder). Blocking file I/O; a damaged file means defaults.
 */
public final class SettingsStore {
    private final JsonFile<Preferences> preferences;
    private final JsonFile<WindowLayout> layout;

    public SettingsStore(Path configFolder, Path stateFolder, Clock clock) {
        this.preferences = new JsonFile<>(configFolder.resolve("settings.json"), Preferences.class, clock);
        this.layout = new JsonFile<>(stateFolder.resolve("window.json"), WindowLayout.class, clock);
    }

    public Preferences loadPreferences() throws IOException {
        return preferences.read().orElse(Preferences.defaults());
    }

    public void savePreferences(Preferences value) throws IOException {
        preferences.write(value);
    }

    public Optional<WindowLayout> loadLayout() throws IOException {
        return layout.read().filter(WindowLayout::isUsable);
    }

    public void saveLayout(WindowLayout value) throws IOException {
        layout.write(value);
    }
}
