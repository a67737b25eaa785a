package social.woolly.ui.home;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import social.woolly.ui.common.Icons;

/**
 * A view opened in place of the current timeline (a hashtag, a list, someone's profile), under a
 * header: Back and its title.
 */
final class InPlacePane extends BorderPane {
    /**
     * @param title what the header says, e.g. {@code #woolly} or a list's title
     * @param styleClass names the kind, e.g. {@code tag-pane}
     */
    InPlacePane(String title, String styleClass, javafx.scene.Node body, ResourceBundle text, Runnable back) {
        Button close = new Button(null, Icons.back());
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(text.getString("tag.back")));
        close.setAccessibleText(text.getString("tag.back"));
        close.setOnAction(e -> back.run());
        close.setCancelButton(false);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setTextOverrun(OverrunStyle.ELLIPSIS);
        heading.setMinWidth(0);
        HBox header = new HBox(close, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("tag-header");
        setTop(header);
        setCenter(body);
        getStyleClass().add(styleClass);
    }
}
