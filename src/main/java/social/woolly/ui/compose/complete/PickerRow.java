package social.woolly.ui.compose.complete;

import java.util.List;

/** A row of the emoji picker's list: a section title, or a line of emoji. */
sealed interface PickerRow {

    record Header(String title) implements PickerRow {}

    record Line(List<PickerEmoji> emoji) implements PickerRow {}
}
