package social.woolly.ui.media;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;

/**
 * An image that fills its whole box, cropped rather than squeezed (CSS {@code object-fit: cover}),
 * with rounded corners. The crop keeps a focal point in view when one is set, as Mastodon's media
 * focus asks.
 */
public final class CoverImage extends ParentSizedRegion {

    private final ImageView view = new ImageView();
    private final Rectangle clip = new Rectangle();
    private double focusX;
    private double focusY;

    public CoverImage() {
        view.setSmooth(true);
        view.setPreserveRatio(false);
        getChildren().add(view);
        setClip(clip);
        setMinSize(0, 0);
    }

    public void setImage(@Nullable Image image) {
        Image old = view.getImage();
        view.setImage(image);
        if (old != null && old != image) {
            // JavaFX hands a node's changes to the renderer only while the node is shown, or when its
            // own visibility changed: a hidden post's picture (and, with software rendering, its
            // texture) would stay in the renderer's copy of this view until the view is shown again.
            // Flipping the view's own visibility makes the change reach the renderer anyway.
            view.setVisible(false);
            view.setVisible(true);
        }
        requestLayout();
    }

    public @Nullable Image getImage() {
        return view.getImage();
    }

    /** The corner radius of the clip, in layout units. */
    public void setCornerRadius(double radius) {
        clip.setArcWidth(radius * 2);
        clip.setArcHeight(radius * 2);
    }

    /**
     * The point to keep in view: x from -1 (left) to 1 (right), y from -1 (bottom) to 1 (top), as
     * Mastodon's {@code meta.focus} gives it; 0, 0 is the centre.
     */
    public void setFocus(double x, double y) {
        focusX = Double.isFinite(x) ? Math.clamp(x, -1, 1) : 0;
        focusY = Double.isFinite(y) ? Math.clamp(y, -1, 1) : 0;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        clip.setWidth(width);
        clip.setHeight(height);
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.relocate(0, 0);
        Image image = view.getImage();
        if (image == null || width <= 0 || height <= 0 || image.getWidth() <= 0 || image.getHeight() <= 0) {
            view.setViewport(null);
            return;
        }
        view.setViewport(cropOf(image.getWidth(), image.getHeight(), width / height, focusX, focusY));
    }

    /** The part of an {@code imageWidth × imageHeight} image with the box's aspect, around the focus. */
    static Rectangle2D cropOf(double imageWidth, double imageHeight, double boxAspect, double focusX, double focusY) {
        double cropWidth = imageWidth;
        double cropHeight = imageWidth / boxAspect;
        if (cropHeight > imageHeight) {
            cropHeight = imageHeight;
            cropWidth = imageHeight * boxAspect;
        }
        double centreX = (focusX + 1) / 2 * imageWidth;
        double centreY = (1 - focusY) / 2 * imageHeight;
        double x = Math.clamp(centreX - cropWidth / 2, 0, imageWidth - cropWidth);
        double y = Math.clamp(centreY - cropHeight / 2, 0, imageHeight - cropHeight);
        return new Rectangle2D(x, y, cropWidth, cropHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }
}
