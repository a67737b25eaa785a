package social.woolly.ui.signin;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.textfield.CustomTextField;
import social.woolly.ui.common.AppGlyph;
import social.woolly.ui.common.Icons;
import social.woolly.ui.signin.SignInViewModel.Phase;

/**
 * The sign-in screen: Woolly's mammoth, the server address, what that server is, and then the
 * hand-off to the browser with its fallbacks (copy the address, paste a code). Binds to a {@link
 * SignInViewModel}; holds no logic.
 */
public final class SignInView extends StackPane {

    /** The node id of the server address field, for tests and accessibility tools. */
    public static final String SERVER_FIELD_ID = "server";

    /** The node id of the main button (Sign in / Continue in browser). */
    public static final String SUBMIT_ID = "sign-in";

    public static final String ERROR_ID = "sign-in-error";
    public static final String SERVER_CARD_ID = "sign-in-server-card";
    public static final String CODE_FIELD_ID = "sign-in-code";
    public static final String CANCEL_ID = "sign-in-cancel";
    public static final String URL_FIELD_ID = "sign-in-url";

    private final SignInViewModel viewModel;
    private final ResourceBundle text;
    private final CustomTextField serverField = new CustomTextField();

    public SignInView(SignInViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
        var phase = viewModel.phaseProperty();
        BooleanBinding choosing = phase.isEqualTo(Phase.EDITING)
                .or(phase.isEqualTo(Phase.CHECKING))
                .or(phase.isEqualTo(Phase.CONFIRMING));

        VBox chooser = new VBox(welcome(), serverBox(), serverCard(), errorLabel(), submitButton());
        chooser.getStyleClass().add("sign-in-step");
        showWhen(chooser, choosing);

        VBox handOff = handOff();
        showWhen(handOff, choosing.not());

        VBox card = new VBox(chooser, handOff);
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

    private Node welcome() {
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

        VBox box = new VBox(glyph, welcome, description);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("sign-in-welcome");
        return box;
    }

    private Node serverBox() {
        serverField.setId(SERVER_FIELD_ID);
        serverField.setPromptText(text.getString("signin.server.prompt"));
        serverField.setLeft(Icons.server());
        serverField.textProperty().bindBidirectional(viewModel.serverProperty());
        serverField.getStyleClass().add(Styles.LARGE);
        serverField.disableProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.CHECKING));
        serverField.setOnAction(e -> viewModel.submit());
        serverField.setAccessibleHelp(text.getString("signin.server.hint"));

        Label serverLabel = new Label(text.getString("signin.server.label"));
        serverLabel.setLabelFor(serverField);
        serverLabel.getStyleClass().add(Styles.TEXT_BOLD);

        Label serverHint = new Label(text.getString("signin.server.hint"));
        serverHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        serverHint.setWrapText(true);

        VBox serverBox = new VBox(serverLabel, serverField, serverHint);
        serverBox.getStyleClass().add("sign-in-server");
        return serverBox;
    }

    private Node serverCard() {
        Label title = new Label();
        title.textProperty().bind(viewModel.serverTitleProperty());
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "sign-in-server-title");
        title.setWrapText(true);
        Label domain = new Label();
        domain.textProperty().bind(viewModel.serverDomainProperty());
        domain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label description = new Label();
        description.textProperty().bind(viewModel.serverDescriptionProperty());
        description.setWrapText(true);
        description.getStyleClass().add(Styles.TEXT_SMALL);
        description.setMaxHeight(80);
        showWhen(description, viewModel.serverDescriptionProperty().isNotEmpty());

        VBox card = new VBox(title, domain, description);
        card.setId(SERVER_CARD_ID);
        card.getStyleClass().add("sign-in-server-card");
        showWhen(card, viewModel.phaseProperty().isEqualTo(Phase.CONFIRMING));
        return card;
    }

    private Node errorLabel() {
        Label error = new Label();
        error.setId(ERROR_ID);
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().addAll(Styles.DANGER, "sign-in-error");
        error.setWrapText(true);
        error.setGraphic(Icons.error());
        showWhen(error, viewModel.errorProperty().isNotEmpty());
        return error;
    }

    private Node submitButton() {
        Button submit = new Button();
        submit.setId(SUBMIT_ID);
        submit.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text.getString(
                                switch (viewModel.getPhase()) {
                                    case CHECKING -> "signin.checking";
                                    case CONFIRMING -> "signin.continue";
                                    default -> "signin.submit";
                                }),
                        viewModel.phaseProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("sign-in-spinner");
        Node icon = Icons.signIn();
        submit.graphicProperty()
                .bind(Bindings.when(viewModel.phaseProperty().isEqualTo(Phase.CHECKING))
                        .then((Node) spinner)
                        .otherwise(icon));
        submit.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(viewModel.canSignInProperty().not());
        submit.setOnAction(e -> viewModel.submit());
        return submit;
    }

    private VBox handOff() {
        Label title = new Label(text.getString("signin.waiting.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);

        Label explain = new Label();
        explain.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> MessageFormat.format(
                                text.getString("signin.waiting.text"),
                                viewModel.serverDomainProperty().get()),
                        viewModel.serverDomainProperty()));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("sign-in-spinner");
        Label finishing = new Label(text.getString("signin.finishing"), busy);
        showWhen(finishing, viewModel.phaseProperty().isNotEqualTo(Phase.WAITING));

        VBox waiting = new VBox(urlBox(), codeBox(), switchLink());
        waiting.getStyleClass().add("sign-in-step");
        showWhen(waiting, viewModel.phaseProperty().isEqualTo(Phase.WAITING));

        Button cancel = new Button(text.getString("signin.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.disableProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.FINISHING));
        HBox actions = new HBox(cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(title, explain, finishing, waiting, actions);
        box.getStyleClass().add("sign-in-step");
        return box;
    }

    private Node urlBox() {
        Label label = new Label(text.getString("signin.waiting.url"));
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setWrapText(true);
        TextField url = new TextField();
        url.setId(URL_FIELD_ID);
        url.setEditable(false);
        url.textProperty().bind(viewModel.authorizeUrlProperty());
        label.setLabelFor(url);

        Button copy = new Button(text.getString("signin.copy"), Icons.copy());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.authorizeUrlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(text.getString("signin.copied"));
        });
        viewModel.authorizeUrlProperty().addListener((o, was, now) -> copy.setText(text.getString("signin.copy")));
        Button reopen = new Button(text.getString("signin.reopen"), Icons.openInBrowser());
        reopen.setOnAction(e -> viewModel.reopenBrowser());
        HBox buttons = new HBox(copy, reopen);
        buttons.getStyleClass().add("sign-in-url-row");
        VBox box = new VBox(label, url, buttons);
        box.getStyleClass().add("sign-in-url");
        return box;
    }

    private Node codeBox() {
        Label label = new Label(text.getString("signin.code.label"));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        TextField code = new TextField();
        code.setId(CODE_FIELD_ID);
        code.setPromptText(text.getString("signin.code.prompt"));
        code.textProperty().bindBidirectional(viewModel.codeProperty());
        code.setOnAction(e -> viewModel.submitCode());
        label.setLabelFor(code);
        Button submit = new Button(text.getString("signin.code.submit"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(viewModel.codeProperty().isEmpty());
        submit.setOnAction(e -> viewModel.submitCode());
        submit.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(label, code, submit);
        box.getStyleClass().add("sign-in-code");
        showWhen(box, viewModel.usingCodeProperty());
        return box;
    }

    private Node switchLink() {
        Hyperlink toggle = new Hyperlink();
        toggle.textProperty()
                .bind(Bindings.when(viewModel.usingCodeProperty())
                        .then(text.getString("signin.useRedirect"))
                        .otherwise(text.getString("signin.useCode")));
        toggle.setOnAction(e ->
                viewModel.usingCodeProperty().set(!viewModel.usingCodeProperty().get()));
        return toggle;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
