package social.woolly.core.settings;

import java.util.List;

/**
 * Where the main window was and how its panes were split, restored at the next start.
 *
 * @param dividers the split pane's divider positions, 0–1, left to right
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {
    public WindowLayout {
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
    }

    /** Whether the size is usable (a damaged file may say 0×0). */
    public boolean isUsable() {
        return width >= 320 && height >= 240 && Double.isFinite(x) && Double.isFinite(y);
    }
}
