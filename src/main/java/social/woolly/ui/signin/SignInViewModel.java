package social.woolly.ui.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the sign-in screen: the server address the user types. Signing in itself (OAuth in the
 * browser) is not built yet, so {@link #canSignInProperty()} stays false and the button stays off.
 */
public final class SignInViewModel {

    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final ReadOnlyBooleanWrapper canSignIn = new ReadOnlyBooleanWrapper(this, "canSignIn", false);

    /** The server address as typed, e.g. {@code mastodon.social}. */
    public StringProperty serverProperty() {
        return server;
    }

    public String getServer() {
        return server.get();
    }

    public void setServer(String value) {
        server.set(value);
    }

    /** Whether the Sign in button does something. */
    public ReadOnlyBooleanProperty canSignInProperty() {
        return canSignIn.getReadOnlyProperty();
    }

    public boolean canSignIn() {
        return canSignIn.get();
    }
}
