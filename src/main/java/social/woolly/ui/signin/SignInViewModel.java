package social.woolly.ui.signin;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.auth.PendingSignIn;
import social.woolly.core.auth.ServerAddress;
import social.woolly.core.auth.ServerProbe;
import social.woolly.core.auth.SignIn;
import social.woolly.core.auth.SignInException;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.store.TokenStoreException;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.desktop.Browser;

/**
 * The sign-in screen's state and commands: type a server, see what it is, continue in the
 * browser, come back signed in. Errors show in place ({@link #errorProperty()}); nothing typed is
 * lost. FX thread only; the work runs through the {@link BackgroundRunner}.
 */
public final class SignInViewModel {

    /** Where the person is in the sign-in. */
    public enum Phase {
        /** Typing the server address. */
        EDITING,
        /** Asking the server what it is. */
        CHECKING,
        /** Showing the server; the next step opens the browser. */
        CONFIRMING,
        /** Registering and opening the browser. */
        OPENING,
        /** Waiting for the person to finish in the browser (or paste a code). */
        WAITING,
        /** Exchanging the code and reading the account. */
        FINISHING
    }

    private final SignIn signIn;
    private final BackgroundRunner runner;
    private final Browser browser;
    private final SignInErrors errors;
    private final Supplier<Set<String>> serversWithAccounts;
    private final Consumer<SignedIn> onSignedIn;
    private final Duration browserTimeout;

    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final BooleanProperty usingCode = new SimpleBooleanProperty(this, "usingCode", false);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EDITING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper serverTitle = new ReadOnlyStringWrapper(this, "serverTitle", "");
    private final ReadOnlyStringWrapper serverDomain = new ReadOnlyStringWrapper(this, "serverDomain", "");
    private final ReadOnlyStringWrapper serverDescription = new ReadOnlyStringWrapper(this, "serverDescription", "");
    private final ReadOnlyStringWrapper authorizeUrl = new ReadOnlyStringWrapper(this, "authorizeUrl", "");
    private final ReadOnlyBooleanWrapper canSignIn = new ReadOnlyBooleanWrapper(this, "canSignIn", false);

    private Cancellable job = Cancellable.NONE;
    private Cancellable outOfBandJob = Cancellable.NONE;
    private @Nullable ServerProbe probe;
    private @Nullable PendingSignIn pending;

    public SignInViewModel(
            SignIn signIn,
            BackgroundRunner runner,
            Browser browser,
            SignInErrors errors,
            Supplier<Set<String>> serversWithAccounts,
            Consumer<SignedIn> onSignedIn,
            Duration browserTimeout) {
        this.signIn = signIn;
        this.runner = runner;
        this.browser = browser;
        this.errors = errors;
        this.serversWithAccounts = serversWithAccounts;
        this.onSignedIn = onSignedIn;
        this.browserTimeout = browserTimeout;
        canSignIn.bind(server.isNotEmpty().and(phase.isEqualTo(Phase.EDITING).or(phase.isEqualTo(Phase.CONFIRMING))));
        server.addListener((o, was, now) -> {
            if (phase.get() == Phase.CONFIRMING) {
                phase.set(Phase.EDITING);
                probe = null;
            }
            error.set("");
        });
        usingCode.addListener((o, was, now) -> showAuthorizeUrl());
    }

    /** Enter or the main button: check the server, or, once shown, continue in the browser. */
    public void submit() {
        switch (phase.get()) {
            case EDITING -> check();
            case CONFIRMING -> openBrowser();
            case WAITING -> {
                if (usingCode.get()) {
                    submitCode();
                }
            }
            default -> {
                // Busy: a second Enter must not start a second sign-in.
            }
        }
    }

    private void check() {
        ServerAddress address;
        try {
            address = ServerAddress.parse(server.get());
        } catch (ServerAddress.InvalidAddressException e) {
            error.set(errors.address(e.problem()));
            return;
        }
        error.set("");
        phase.set(Phase.CHECKING);
        job = runner.runBlocking(() -> signIn.probe(address), this::showServer, failure -> {
            phase.set(Phase.EDITING);
            error.set(
                    failure instanceof ApiException api ? errors.probe(api, address.authority()) : failure.toString());
        });
    }

    private void showServer(ServerProbe found) {
        probe = found;
        serverTitle.set(
                found.info().title().isBlank()
                        ? found.address().authority()
                        : found.info().title());
        serverDomain.set(found.address().authority());
        serverDescription.set(found.info().description());
        phase.set(Phase.CONFIRMING);
    }

    private void openBrowser() {
        ServerProbe found = probe;
        if (found == null) {
            return;
        }
        boolean forceLogin = serversWithAccounts.get().contains(found.address().authority());
        phase.set(Phase.OPENING);
        job = runner.runBlocking(() -> signIn.begin(found, forceLogin), this::waitForBrowser, this::failHandOff);
    }

    private void waitForBrowser(PendingSignIn started) {
        pending = started;
        usingCode.set(false);
        showAuthorizeUrl();
        phase.set(Phase.WAITING);
        browser.open(started.authorizeUrl());
        job = runner.runBlocking(() -> started.awaitCode(browserTimeout), c -> finish(c, false), this::failHandOff);
    }

    /** The out-of-band fallback: the code the server showed, pasted by the person. */
    public void submitCode() {
        String typed = code.get().strip();
        // snac's page shows "CODE&state=…": a code never holds '&', so the rest is not part of it.
        int ampersand = typed.indexOf('&');
        if (ampersand >= 0) {
            typed = typed.substring(0, ampersand).strip();
        }
        if (phase.get() != Phase.WAITING || typed.isEmpty()) {
            return;
        }
        job.cancel();
        finish(typed, true);
    }

    /** Opens the shown URL in the browser again (e.g. after switching to the code fallback). */
    public void reopenBrowser() {
        if (!authorizeUrl.get().isEmpty()) {
            browser.open(URI.create(authorizeUrl.get()));
        }
    }

    private void finish(String authorizationCode, boolean outOfBand) {
        PendingSignIn started = pending;
        if (started == null) {
            return;
        }
        phase.set(Phase.FINISHING);
        job = runner.runBlocking(
                () -> signIn.complete(started, authorizationCode, outOfBand),
                done -> {
                    reset();
                    server.set("");
                    onSignedIn.accept(done);
                },
                this::failHandOff);
    }

    private void failHandOff(Exception failure) {
        String message = describe(failure);
        reset();
        error.set(message);
    }

    private String describe(Exception failure) {
        return switch (failure) {
            case ApiException api -> errors.handOff(api);
            case SignInException browserFailure -> errors.browser(browserFailure);
            case TokenStoreException keychain -> errors.keychain();
            default -> failure.toString();
        };
    }

    /** Makes the screen ready for a new sign-in, with {@code server} typed in (may be empty). */
    public void start(String serverAddress) {
        reset();
        probe = null;
        phase.set(Phase.EDITING);
        server.set(serverAddress);
        error.set("");
    }

    /** Cancel: stops waiting for the browser and returns to the address, keeping what was typed. */
    public void cancel() {
        reset();
        error.set("");
    }

    /** Closes anything still open; for when the screen goes away. */
    public void dispose() {
        reset();
    }

    private void reset() {
        job.cancel();
        job = Cancellable.NONE;
        outOfBandJob.cancel();
        outOfBandJob = Cancellable.NONE;
        PendingSignIn started = pending;
        pending = null;
        if (started != null) {
            started.cancel();
        }
        code.set("");
        usingCode.set(false);
        authorizeUrl.set("");
        phase.set(probe != null && phase.get() != Phase.EDITING ? Phase.CONFIRMING : Phase.EDITING);
    }

    private void showAuthorizeUrl() {
        PendingSignIn started = pending;
        if (started == null || !usingCode.get()) {
            authorizeUrl.set(started == null ? "" : started.authorizeUrl().toString());
            return;
        }
        URI ready = started.outOfBandAuthorizeUrl().orElse(null);
        if (ready != null) {
            authorizeUrl.set(ready.toString());
            return;
        }
        // The paste-a-code page needs a client of its own, registered the first time it is asked for;
        // meanwhile the loopback listener keeps waiting, so a failure here only shows a message.
        authorizeUrl.set("");
        outOfBandJob.cancel();
        outOfBandJob = runner.runBlocking(
                () -> signIn.outOfBandAuthorizeUrl(started),
                url -> {
                    if (pending == started && usingCode.get()) {
                        authorizeUrl.set(url.toString());
                    }
                },
                failure -> error.set(describe(failure)));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public String getServer() {
        return server.get();
    }

    public void setServer(String value) {
        server.set(value);
    }

    /** The code pasted from the server's page in the out-of-band fallback. */
    public StringProperty codeProperty() {
        return code;
    }

    /** Whether the person chose to paste a code instead of being redirected back. */
    public BooleanProperty usingCodeProperty() {
        return usingCode;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** What went wrong, in words, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverTitleProperty() {
        return serverTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverDomainProperty() {
        return serverDomain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverDescriptionProperty() {
        return serverDescription.getReadOnlyProperty();
    }

    /** The URL the browser was sent to, for the Copy button. */
    public ReadOnlyStringProperty authorizeUrlProperty() {
        return authorizeUrl.getReadOnlyProperty();
    }

    /** Whether the main button does something now. */
    public ReadOnlyBooleanProperty canSignInProperty() {
        return canSignIn.getReadOnlyProperty();
    }

    public boolean canSignIn() {
        return canSignIn.get();
    }
}
