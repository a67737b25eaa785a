package social.woolly.ui.compose.complete;

import java.util.ResourceBundle;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.compose.TextEdit;
import social.woolly.core.compose.UnicodeEmoji;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.media.ImageLoader;

/**
 * Autocomplete and the emoji picker for one account's composer: follows the text area's text and
 * caret, shows suggestions under the token, and adds the picker's button to the footer. The custom
 * emoji and recently used emoji are kept for as long as this lives (the account's workspace).
 */
public final class ComposerCompletion {
    /** The emoji picker's button in the composer's footer. */
    public static final String PICKER_ID = "compose-emoji";
    /** The list of suggestions under the caret. */
    public static final String SUGGESTIONS_ID = CompletionPopup.LIST_ID;
    /** The emoji picker's list and search field. */
    public static final String PICKER_LIST_ID = EmojiPickerPopup.LIST_ID;

    public static final String PICKER_SEARCH_ID = EmojiPickerPopup.SEARCH_ID;

    private final CompletionViewModel completion;
    private final CompletionPopup popup;
    private final EmojiPickerPopup picker;
    private final CustomEmojiCache emoji;

    public ComposerCompletion(
            ComposeView view,
            MastodonApi api,
            BackgroundRunner runner,
            ScheduledExecutorService scheduler,
            ImageLoader images,
            ResourceBundle words) {
        TextArea text = view.textArea();
        emoji = new CustomEmojiCache(() -> api.instance().customEmojis(), runner);
        completion = new CompletionViewModel(
                CompletionViewModel.Search.on(api), emoji, runner, new FxDelay(scheduler, runner));
        popup = new CompletionPopup(text, completion, images, words);
        text.textProperty().addListener((o, was, now) -> follow(text));
        text.caretPositionProperty().addListener((o, was, now) -> follow(text));
        // The composer closing (it leaves the scene) takes the suggestions with it.
        text.sceneProperty().addListener((o, was, now) -> completion.dismiss());

        EmojiPickerViewModel pickerModel =
                new EmojiPickerViewModel(emoji, new RecentEmoji(), runner, UnicodeEmoji::bundled, words);
        picker = new EmojiPickerPopup(pickerModel, images, words, chosen -> {
            pickerModel.chose(chosen);
            TextEdit edit = TextEdit.insert(
                    text.getText(), text.getAnchor(), text.getCaretPosition(), chosen.snippet(), chosen.ownWord());
            text.replaceText(edit.start(), edit.end(), edit.replacement());
            text.positionCaret(edit.caret());
            text.requestFocus();
        });
        Button button = new Button(null, social.woolly.ui.common.Icons.emoji());
        button.setId(PICKER_ID);
        button.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        button.setTooltip(new Tooltip(words.getString("compose.emoji.open")));
        button.setAccessibleText(words.getString("compose.emoji.open"));
        button.setOnAction(_ -> picker.toggle(button));
        view.addPart(null, button);
    }

    /** Cancels loads and closes the popups; call when the account's workspace goes away. */
    public void dispose() {
        completion.dispose();
        popup.dispose();
        picker.dispose();
        emoji.dispose();
    }

    private void follow(TextArea text) {
        if (text.isFocused() || popup.isShowing()) {
            completion.update(text.getText(), text.getCaretPosition());
        }
    }
}
