package social.woolly.ui.compose.poll;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import social.woolly.core.compose.CharacterCounter;

/** One choice of the poll being written, with the characters it has left. FX thread only. */
public final class PollOption {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining");
    private int max;

    PollOption(String value, int max) {
        this.max = max;
        text.set(value);
        text.addListener((o, was, now) -> recount());
        recount();
    }

    void useMax(int value) {
        max = value;
        recount();
    }

    private void recount() {
        // The server strips and counts what a person sees as characters (PollOptionsValidator).
        remaining.set(max - CharacterCounter.graphemes(text.get().strip()));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Characters left under the server's limit per choice (negative past it). */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }
}
