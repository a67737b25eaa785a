package social.woolly.ui.signin;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import social.woolly.ui.common.AppGlyph;
import social.woolly.ui.common.Icons;

/**
 * The first screen: Woolly's mammoth, a welcome, and the address of the user's server. Binds to a
 * {@link SignInViewModel}; holds no logic.
 */
public final class SignInView extends StackPane {

    /** The node id of the server address field, for tests and accessibility tools. */
    public static final String SERVER_FIELD_ID = "server";

    /** The node id of the Sign in button. */
    public static final String SUBMIT_ID = "sign-in";

    private final CustomTextField serverField = new CustomTextField();

    public SignInView(SignInViewModel viewModel, ResourceBundle text) {
        ImageView glyph = new ImageView(AppGlyph.ofSize(128));
        glyph.setFitWidth(96);
        glyph.setFitHeight(96);
        glyph.setSmooth(true);

        Label welcome = new Label(text.getString("signin.welcome"));
        welcome.getStyleClass().add(Styles.TITLE_2);

        Label description = new Label(text.getString("signin.description"));
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        description.setTextAlignment(TextAlignment.CENTER);

        serverField.setId(SERVER_FIELD_ID);
        serverField.setPromptText(text.getString("signin.server.prompt"));
        serverField.setLeft(Icons.server());
        serverField.textProperty().bindBidirectional(viewModel.serverProperty());
        serverField.getStyleClass().add(Styles.LARGE);

        Label serverLabel = new Label(text.getString("signin.server.label"));
        serverLabel.setLabelFor(serverField);
        serverLabel.getStyleClass().add(Styles.TEXT_BOLD);

        Label serverHint = new Label(text.getString("signin.server.hint"));
        serverHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        serverHint.setWrapText(true);

        VBox serverBox = new VBox(serverLabel, serverField, serverHint);
        serverBox.getStyleClass().add("sign-in-server");

        Button submit = new Button(text.getString("signin.submit"), Icons.signIn());
        submit.setId(SUBMIT_ID);
        submit.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(viewModel.canSignInProperty().not());

        VBox card = new VBox(glyph, welcome, description, serverBox, submit);
        card.getStyleClass().add("sign-in-card");
        card.setAlignment(Pos.TOP_CENTER);
        card.setFillWidth(true);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);

        getStyleClass().add("sign-in");
        getChildren().add(card);
    }

    /** Puts the keyboard focus in the server address field. */
    public void focusServerField() {
        serverField.requestFocus();
    }
}
