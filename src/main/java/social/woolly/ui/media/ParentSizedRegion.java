package social.woolly.ui.media;

import javafx.scene.layout.Region;

/**
 * A region that asks for no width of its own: it takes the width its parent gives and works out its
 * height from it, never less than that height. For content that fills a list's width (media grids,
 * header rows, cropped images), whose natural width would otherwise widen the list.
 */
public abstract class ParentSizedRegion extends Region {

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
