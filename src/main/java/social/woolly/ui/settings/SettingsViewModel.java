package social.woolly.ui.settings;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import social.woolly.core.settings.Preferences;
import social.woolly.core.settings.SettingsStore;
import social.woolly.core.store.TokenStore;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The person's preferences as live properties: the app applies them as they change, and every
 * change is saved in the background. Also says where sign-ins are kept. FX thread only.
 */
public final class SettingsViewModel {
    private static final System.Logger LOG = System.getLogger(SettingsViewModel.class.getName());

    private final SettingsStore store;
    private final BackgroundRunner runner;
    private final ObjectProperty<Preferences.Theme> theme =
            new SimpleObjectProperty<>(this, "theme", Preferences.Theme.SYSTEM);
    private final IntegerProperty fontScale = new SimpleIntegerProperty(this, "fontScale", 100);
    private final BooleanProperty composerWindow = new SimpleBooleanProperty(this, "composerWindow", false);
    private final ReadOnlyStringWrapper secretsLocation = new ReadOnlyStringWrapper(this, "secretsLocation", "");

    /** @param initial the preferences read at start (before the first frame, so nothing flashes) */
    public SettingsViewModel(SettingsStore store, BackgroundRunner runner, Preferences initial) {
        this.store = store;
        this.runner = runner;
        theme.set(initial.themeOrDefault());
        fontScale.set(initial.fontScalePercent());
        composerWindow.set(initial.composerInOwnWindow());
        theme.addListener((o, was, now) -> save());
        composerWindow.addListener((o, was, now) -> save());
        fontScale.addListener((o, was, now) -> {
            int clamped = Math.clamp(now.intValue(), Preferences.MIN_SCALE, Preferences.MAX_SCALE);
            if (clamped != now.intValue()) {
                fontScale.set(clamped);
            } else {
                save();
            }
        });
    }

    /** Finds out, in the background, whether sign-ins go to the keychain or a private file. */
    public void describeSecrets(TokenStore secrets, ResourceBundle text) {
        Callable<TokenStore.Kind> kind = secrets::kind;
        runner.runBlocking(
                kind,
                k -> secretsLocation.set(text.getString(
                        switch (k) {
                            case KEYCHAIN -> "settings.secrets.keychain";
                            case FILE -> "settings.secrets.file";
                            case MEMORY -> "settings.secrets.memory";
                        })),
                failure -> secretsLocation.set(""));
    }

    private void save() {
        Preferences snapshot = new Preferences(theme.get(), fontScale.get(), composerWindow.get());
        runner.runBlocking(
                () -> {
                    store.savePreferences(snapshot);
                    return snapshot;
                },
                saved -> {},
                failure -> LOG.log(System.Logger.Level.WARNING, "could not save preferences", failure));
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    /** Every text's size in percent, 90–150. */
    public IntegerProperty fontScaleProperty() {
        return fontScale;
    }

    /** "Open the composer in its own window". */
    public BooleanProperty composerWindowProperty() {
        return composerWindow;
    }

    public ReadOnlyStringProperty secretsLocationProperty() {
        return secretsLocation.getReadOnlyProperty();
    }
}
