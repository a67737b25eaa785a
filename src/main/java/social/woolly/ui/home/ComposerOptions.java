package social.woolly.ui.home;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the composer of every account shares beyond {@link HomeServices}.
 *
 * @param postAs the accounts a draft can move to ("post as")
 * @param ownWindow the setting "Open the composer in its own window"
 */
public record ComposerOptions(PostAs postAs, ObservableBooleanValue ownWindow) {
    /** One account, the composer beside the timeline. */
    public static ComposerOptions defaults() {
        return new ComposerOptions(PostAs.NONE, new SimpleBooleanProperty(false));
    }
}
