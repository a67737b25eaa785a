package social.woolly.ui.status;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * An avatar on the left and a column beside it that takes all the remaining width; the height is
 * the column's at that width. HBox measures its children at their preferred widths when asked for
 * its height, which for wrapping text and media gives a height that does not match the layout.
 */
final class AvatarRow extends Region {

    private final Node avatar;
    private final Node column;
    private final double gap;

    AvatarRow(Node avatar, Node column, double gap) {
        this.avatar = avatar;
        this.column = column;
        this.gap = gap;
        getChildren().addAll(avatar, column);
        setMinWidth(0);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double avatarWidth = avatar.prefWidth(-1);
        double columnWidth = columnWidth(getWidth());
        double height = getHeight() - top - snappedBottomInset();
        layoutInArea(avatar, left, top, avatarWidth, avatar.prefHeight(-1), 0, HPos.LEFT, VPos.TOP);
        layoutInArea(column, left + avatarWidth + gap, top, columnWidth, height, 0, HPos.LEFT, VPos.TOP);
    }

    @Override
    protected double computePrefHeight(double width) {
        double columnHeight = column.prefHeight(width < 0 ? -1 : columnWidth(width));
        return snappedTopInset() + Math.max(avatar.prefHeight(-1), columnHeight) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + avatar.prefWidth(-1) + gap + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    private double columnWidth(double width) {
        return Math.max(0, width - snappedLeftInset() - snappedRightInset() - avatar.prefWidth(-1) - gap);
    }
}
