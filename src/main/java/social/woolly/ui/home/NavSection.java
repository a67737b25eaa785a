package social.woolly.ui.home;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.Icons;

/**
 * One titled section of the navigation column: a heading with a refresh button, a button per
 * entry (its key as user data, selected as the column says), or a quiet line when
 * there are none. Left out entirely when the server does not have the feature.
 *
 * @param <T> an entry
 */
final class NavSection<T> extends VBox {
    /** How an entry looks and what it opens. */
    record Entries<T>(
            Function<T, String> label, Function<T, String> key, Function<T, @Nullable Node> icon, Consumer<T> open) {}

    private final NavSectionModel<T> model;
    private final Entries<T> entries;
    private final Predicate<String> selected;
    private final VBox buttons = new VBox();
    private final Label quiet = new Label();

    /**
     * @param id the section's node id, e.g. {@code nav-lists}
     * @param empty the line shown when there are no entries
     * @param unavailable the line shown when they could not be loaded
     */
    NavSection(
            String id,
            String title,
            String refresh,
            String empty,
            String unavailable,
            NavSectionModel<T> model,
            Entries<T> entries,
            Predicate<String> selected) {
        this.model = model;
        this.entries = entries;
        this.selected = selected;
        setId(id);
        getStyleClass().add("nav-section");
        Label heading = new Label(title);
        heading.getStyleClass().add("nav-section-title");
        heading.setMinWidth(0);
        heading.setTextOverrun(OverrunStyle.ELLIPSIS);
        Button reload = new Button(null, Icons.refresh());
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "nav-section-refresh");
        reload.setTooltip(new Tooltip(refresh));
        reload.setAccessibleText(refresh);
        reload.setOnAction(e -> model.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(heading, gap, reload);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("nav-section-header");
        quiet.getStyleClass().add("nav-section-quiet");
        quiet.setWrapText(true);
        buttons.getStyleClass().add("nav-section-entries");
        getChildren().addAll(header, buttons, quiet);
        model.items().addListener((ListChangeListener<T>) change -> rebuild());
        model.phaseProperty().addListener((o, was, now) -> phase(now, empty, unavailable));
        phase(model.phaseProperty().get(), empty, unavailable);
        rebuild();
    }

    private void phase(NavSectionModel.Phase phase, String empty, String unavailable) {
        boolean absent = phase == NavSectionModel.Phase.ABSENT;
        setVisible(!absent);
        setManaged(!absent);
        String line = switch (phase) {
            case EMPTY -> empty;
            case UNAVAILABLE -> unavailable;
            default -> null;
        };
        quiet.setText(line);
        quiet.setVisible(line != null);
        quiet.setManaged(line != null);
    }

    private void rebuild() {
        buttons.getChildren().clear();
        for (T item : model.items()) {
            buttons.getChildren().add(button(item));
        }
    }

    private ToggleButton button(T item) {
        String label = entries.label().apply(item);
        ToggleButton button = new ToggleButton(label, entries.icon().apply(item));
        String key = entries.key().apply(item);
        button.setUserData(key);
        button.getStyleClass().addAll(Styles.FLAT, "nav-entry");
        button.setTooltip(new Tooltip(label));
        button.setAccessibleText(label);
        button.setTextOverrun(OverrunStyle.ELLIPSIS);
        button.setMnemonicParsing(false);
        button.setMinWidth(0);
        button.setMaxWidth(Double.MAX_VALUE);
        // The entry shown stays selected across a reload.
        button.setSelected(selected.test(key));
        button.setOnAction(e -> {
            button.setSelected(true);
            entries.open().accept(item);
        });
        return button;
    }
}
