package social.woolly.ui.compose.language;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.AccountMethods;
import social.woolly.core.compose.Draft;
import social.woolly.core.model.Preferences;
import social.woolly.ui.compose.ComposerPart;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The language a post is written in: an ISO 639-1 code from the list Java knows, named in the
 * person's language. A new draft starts in the language last picked for this account, else the
 * account's posting language on the server ({@code posting:default:language}), else the system's.
 * Writes {@link Draft#language()}. FX thread only; needs no toolkit.
 */
public final class LanguagePart implements ComposerPart {
    private final Locale display;
    private final String system;
    private final ObservableList<String> codes;
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language");
    private @Nullable String accountDefault;
    private @Nullable String picked;
    private boolean showing;
    private boolean explicit;
    private Runnable changed = () -> {};

    /**
     * @param display the locale the names are shown in
     * @param system the system's locale, whose language is the last fallback
     */
    public LanguagePart(Locale display, Locale system) {
        this.display = display;
        this.codes = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(Arrays.stream(Locale.getISOLanguages())
                        .sorted(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER))
                        .toList()));
        this.system = codes.contains(system.getLanguage()) ? system.getLanguage() : "en";
        language.set(preferred());
        language.addListener((o, was, now) -> {
            if (!showing) {
                picked = now;
                explicit = true;
                changed.run();
            }
        });
    }

    /** Asks the server for the account's posting language; until it answers (or if it fails) the system's is used. */
    public void loadAccountDefault(AccountMethods accounts, BackgroundRunner runner) {
        runner.run(
                accounts.preferences(),
                (Preferences preferences) -> useAccountDefault(preferences.postingDefaultLanguage()),
                // Not worth a word to the person: the system's language is a fine start.
                failure -> {});
    }

    /** The account's posting language arrived; a draft whose language nobody chose takes it. */
    public void useAccountDefault(@Nullable String code) {
        accountDefault = code == null || !codes.contains(code) ? null : code;
        if (!explicit) {
            showing = true;
            try {
                language.set(preferred());
            } finally {
                showing = false;
            }
        }
    }

    private String preferred() {
        if (picked != null) {
            return picked;
        }
        return accountDefault != null ? accountDefault : system;
    }

    @Override
    public void show(Draft draft) {
        showing = true;
        try {
            String code = draft.language();
            explicit = code != null;
            language.set(code != null ? code : preferred());
        } finally {
            showing = false;
        }
    }

    @Override
    public void writeTo(Draft.Builder draft) {
        draft.language(language.get());
    }

    @Override
    public void onChange(Runnable value) {
        changed = value;
    }

    /** The language's name in the person's language, e.g. "German" for {@code de}. */
    public String name(String code) {
        String name = Locale.of(code).getDisplayLanguage(display);
        return name.isEmpty() ? code : name;
    }

    /** The first language whose name starts with {@code prefix} (ignoring case), for type-to-find. */
    public Optional<String> find(String prefix) {
        String wanted = prefix.toLowerCase(display);
        return codes.stream()
                .filter(code -> name(code).toLowerCase(display).startsWith(wanted))
                .findFirst();
    }

    /** Every ISO 639-1 code, sorted by name. */
    public List<String> codes() {
        return codes;
    }

    /** The chosen language's ISO 639-1 code. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }
}
