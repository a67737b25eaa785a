package social.woolly.ui.settings;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import social.woolly.core.settings.Preferences;
import social.woolly.ui.common.AppGlyph;
import social.woolly.ui.common.AppStyles;

/**
 * The Settings window (Ctrl+,): Appearance (theme, text size), Compose (the composer's own
 * window) and Accounts (where sign-ins are kept). Later features add their own sections. Changes apply at once; there is no Save button.
 */
public final class SettingsWindow {
    public static final String THEME_GROUP_ID = "settings-theme";
    public static final String FONT_SCALE_ID = "settings-font-scale";
    public static final String COMPOSER_WINDOW_ID = "settings-composer-window";

    private final Stage stage = new Stage();
    private final SettingsViewModel viewModel;
    private final ResourceBundle text;

    public SettingsWindow(Window owner, SettingsViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
        VBox content = new VBox(appearance(), compose(), accounts());
        content.getStyleClass().add("settings");
        Scene scene = new Scene(content, 520, 500);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(text.getString("settings.title"));
        stage.getIcons().setAll(AppGlyph.windowIcons());
    }

    /** Shows the window, or brings it to the front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private VBox appearance() {
        Label heading = new Label(text.getString("settings.appearance"));
        heading.getStyleClass().add(Styles.TITLE_4);

        ToggleGroup group = new ToggleGroup();
        HBox themes = new HBox();
        themes.setId(THEME_GROUP_ID);
        themes.getStyleClass().add("settings-theme");
        for (Preferences.Theme theme : Preferences.Theme.values()) {
            ToggleButton button = new ToggleButton(
                    text.getString("settings.theme." + theme.name().toLowerCase(java.util.Locale.ROOT)));
            button.setToggleGroup(group);
            button.setUserData(theme);
            button.setSelected(viewModel.themeProperty().get() == theme);
            themes.getChildren().add(button);
        }
        // Keys and clicks both change the selected toggle; choosing the selected one must not clear it.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                viewModel.themeProperty().set((Preferences.Theme) now.getUserData());
            }
        });
        viewModel
                .themeProperty()
                .addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        themes.getChildren().getFirst().getStyleClass().add(Styles.LEFT_PILL);
        themes.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        themes.getChildren().getLast().getStyleClass().add(Styles.RIGHT_PILL);
        Label themeLabel = new Label(text.getString("settings.theme"));
        themeLabel.setLabelFor(themes);

        Slider scale = new Slider(
                Preferences.MIN_SCALE,
                Preferences.MAX_SCALE,
                viewModel.fontScaleProperty().get());
        scale.setId(FONT_SCALE_ID);
        scale.setMajorTickUnit(10);
        scale.setMinorTickCount(0);
        scale.setSnapToTicks(true);
        scale.setShowTickMarks(true);
        scale.setBlockIncrement(10);
        scale.valueProperty()
                .addListener((o, was, now) ->
                        viewModel.fontScaleProperty().set((int) Math.round(now.doubleValue() / 10) * 10));
        viewModel.fontScaleProperty().addListener((o, was, now) -> scale.setValue(now.doubleValue()));
        Label scaleLabel = new Label();
        scaleLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> MessageFormat.format(
                                text.getString("settings.fontScale"),
                                viewModel.fontScaleProperty().get()),
                        viewModel.fontScaleProperty()));
        scaleLabel.setLabelFor(scale);
        scale.setAccessibleText(text.getString("settings.fontScale.accessible"));

        VBox section = new VBox(heading, themeLabel, themes, scaleLabel, scale);
        section.getStyleClass().add("settings-section");
        return section;
    }

    private VBox compose() {
        Label heading = new Label(text.getString("settings.compose"));
        heading.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.control.CheckBox ownWindow =
                new javafx.scene.control.CheckBox(text.getString("settings.compose.ownWindow"));
        ownWindow.setId(COMPOSER_WINDOW_ID);
        ownWindow.selectedProperty().bindBidirectional(viewModel.composerWindowProperty());
        VBox section = new VBox(heading, ownWindow);
        section.getStyleClass().add("settings-section");
        return section;
    }

    private VBox accounts() {
        Label heading = new Label(text.getString("settings.accounts"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label where = new Label();
        where.textProperty().bind(viewModel.secretsLocationProperty());
        where.setWrapText(true);
        VBox section = new VBox(heading, where);
        section.getStyleClass().add("settings-section");
        return section;
    }
}
