package social.woolly.ui.home;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import social.woolly.ui.common.Icons;

/** The navigation column: Home, Notifications, Local, Federated, Bookmarks, Favourites. */
final class NavColumn extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Place, ToggleButton> buttons = new EnumMap<>(Place.class);

    NavColumn(ResourceBundle text, Consumer<Place> go) {
        getStyleClass().add("nav-column");
        for (Place place : Place.values()) {
            String label = text.getString("nav." + place.name().toLowerCase(Locale.ROOT));
            ToggleButton button = new ToggleButton(label, iconOf(place));
            button.setId("nav-" + place.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
            button.setTooltip(new Tooltip(label));
            button.setAccessibleText(label);
            button.setMaxWidth(Double.MAX_VALUE);
            // The place shown stays selected even when its button is clicked again.
            button.setOnAction(e -> {
                button.setSelected(true);
                go.accept(place);
            });
            buttons.put(place, button);
            getChildren().add(button);
        }
    }

    void select(Place place) {
        buttons.get(place).setSelected(true);
    }

    private static Node iconOf(Place place) {
        return switch (place) {
            case HOME -> Icons.home();
            case NOTIFICATIONS -> Icons.notifications();
            case LOCAL -> Icons.local();
            case FEDERATED -> Icons.federated();
            case BOOKMARKS -> Icons.bookmarks();
            case FAVOURITES -> Icons.favourites();
        };
    }
}
