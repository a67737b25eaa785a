package social.woolly.ui.home;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import social.woolly.ui.common.Icons;
import social.woolly.ui.timeline.TimelineView;

/** A hashtag's timeline with a header: a back button and the tag's name. */
final class TagPane extends BorderPane {
    TagPane(String tag, TimelineView timeline, ResourceBundle text, Runnable back) {
        Button close = new Button(null, Icons.back());
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(text.getString("tag.back")));
        close.setAccessibleText(text.getString("tag.back"));
        close.setOnAction(e -> back.run());
        close.setCancelButton(false);
        Label title = new Label("#" + tag);
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(close, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("tag-header");
        setTop(header);
        setCenter(timeline);
        getStyleClass().add("tag-pane");
    }
}
