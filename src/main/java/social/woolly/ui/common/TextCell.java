package social.woolly.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list or combo box cell that shows each item as the text {@code text} makes of it. */
public final class TextCell<T> extends ListCell<T> {
    private final Function<? super T, String> text;

    public TextCell(Function<? super T, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
