package social.woolly.ui.home;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.Icons;

/**
 * The navigation column: the fixed places (Home, Notifications, Local, Federated, Bookmarks,
 * Favourites, Profile) on top, and below them sections that scroll (lists, followed hashtags).
 */
final class NavColumn extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Place, ToggleButton> buttons = new EnumMap<>(Place.class);
    private final VBox sections = new VBox();
    private final ScrollPane scroll = new ScrollPane(sections);
    private @Nullable String selectedEntry;

    NavColumn(ResourceBundle text, Consumer<Place> go, Runnable newPost) {
        getStyleClass().add("nav-column");
        String write = text.getString("compose.new");
        javafx.scene.control.Button compose =
                new javafx.scene.control.Button(write, social.woolly.ui.common.Icons.compose());
        compose.setId("nav-new-post");
        compose.getStyleClass().addAll(atlantafx.base.theme.Styles.ACCENT, "nav-new-post");
        compose.setTooltip(new Tooltip(text.getString("compose.new.shortcut")));
        compose.setAccessibleText(write);
        compose.setMaxWidth(Double.MAX_VALUE);
        compose.setOnAction(e -> newPost.run());
        getChildren().add(compose);
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
        sections.getStyleClass().add("nav-sections");
        scroll.getStyleClass().add("nav-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        // Tabbing through many entries would otherwise move the focus out of sight.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.focusOwnerProperty().addListener((f, old, owner) -> revealIfInside(owner));
            }
        });
    }

    void select(Place place) {
        buttons.get(place).setSelected(true);
        selectedEntry = null;
        markEntries();
    }

    void addSections(Node... added) {
        sections.getChildren().addAll(added);
    }

    /**
     * Selects the section entry whose user data is {@code key} (none if it is not listed) instead of
     * a place. Entries are kept out of the places' toggle group on purpose: a group is one Tab stop,
     * and every list and hashtag should be reachable with Tab.
     */
    void selectEntry(String key) {
        group.selectToggle(null);
        selectedEntry = key;
        markEntries();
    }

    /** Whether the entry with this key is the one shown. */
    boolean isSelectedEntry(String key) {
        return key.equals(selectedEntry);
    }

    private void markEntries() {
        for (Node entry : sections.lookupAll(".nav-entry")) {
            if (entry instanceof ToggleButton button) {
                button.setSelected(isSelectedEntry(String.valueOf(button.getUserData())));
            }
        }
    }

    /** Runs {@code shown} each time the column enters a scene (the account's workspace is shown). */
    void onShown(Runnable shown) {
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                shown.run();
            }
        });
        if (getScene() != null) {
            shown.run();
        }
    }

    private void revealIfInside(@Nullable Node owner) {
        if (owner == null || scroll.getContent() == null) {
            return;
        }
        for (Node n = owner.getParent(); n != null; n = n.getParent()) {
            if (n == sections) {
                reveal(owner);
                return;
            }
        }
    }

    private void reveal(Node owner) {
        Bounds shown = scroll.getViewportBounds();
        double contentHeight = sections.getBoundsInLocal().getHeight();
        double hidden = contentHeight - shown.getHeight();
        if (hidden <= 0) {
            return;
        }
        Bounds node = sections.sceneToLocal(owner.localToScene(owner.getBoundsInLocal()));
        double top = scroll.getVvalue() * hidden;
        if (node.getMinY() < top) {
            scroll.setVvalue(node.getMinY() / hidden);
        } else if (node.getMaxY() > top + shown.getHeight()) {
            scroll.setVvalue((node.getMaxY() - shown.getHeight()) / hidden);
        }
    }

    private static Node iconOf(Place place) {
        return switch (place) {
            case HOME -> Icons.home();
            case NOTIFICATIONS -> Icons.notifications();
            case LOCAL -> Icons.local();
            case FEDERATED -> Icons.federated();
            case BOOKMARKS -> Icons.bookmarks();
            case FAVOURITES -> Icons.favourites();
            case PROFILE -> Icons.profile();
        };
    }
}
