package social.woolly.ui.status;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.media.ImageFetcher;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.MediaType;
import social.woolly.ui.common.Icons;
import social.woolly.ui.media.BlurhashImages;
import social.woolly.ui.media.CoverImage;
import social.woolly.ui.media.ImageSlot;

/**
 * One attachment in a {@link MediaGrid}: the preview cropped to the tile over its blurhash, an ALT
 * badge when it has a description, a play, GIF or audio mark for moving media, and for a kind Woolly
 * does not know a link tile instead. The preview is loaded once the tile knows its size, at that size.
 */
final class MediaTile extends StackPane {

    // Tile sizes are rounded up to this step before loading, so a resize by a few pixels does not reload.
    private static final double LOAD_STEP = 64;

    private final CoverImage picture = new CoverImage();
    private final Label kind = new Label();
    private final Label alt = new Label();
    private final Label broken = new Label(null, Icons.brokenImage());
    private final VBox link = new VBox(4);
    private final Label linkText = new Label();
    private final Label more = new Label();
    private final Tooltip altTip = new Tooltip();
    private final ImageSlot slot;
    private final StatusViewContext context;
    private @Nullable MediaAttachment media;
    private @Nullable Image placeholder;
    private boolean hidden;

    MediaTile(StatusViewContext context) {
        this.context = context;
        getStyleClass().add("media-tile");
        setMinSize(0, 0);
        picture.setCornerRadius(8);
        kind.getStyleClass().add("media-kind");
        StackPane.setAlignment(kind, Pos.CENTER);
        alt.setText(context.string("media.alt"));
        alt.getStyleClass().add("media-alt");
        alt.setTooltip(altTip);
        StackPane.setAlignment(alt, Pos.BOTTOM_LEFT);
        broken.getStyleClass().add("media-broken");
        linkText.getStyleClass().add("media-link-text");
        linkText.setWrapText(true);
        link.getChildren().addAll(new Label(null, Icons.attachment()), linkText);
        link.setAlignment(Pos.CENTER);
        link.getStyleClass().add("media-link");
        more.getStyleClass().add("media-more");
        StackPane.setAlignment(more, Pos.CENTER);
        getChildren().addAll(picture, broken, link, kind, alt, more);
        setCursor(Cursor.HAND);
        setAccessibleRole(AccessibleRole.BUTTON);
        slot = new ImageSlot(context.images(), this::showImage, () -> broken.setVisible(!this.hidden));
    }

    /**
     * @param blurhash the attachment's decoded blurhash, possibly empty
     * @param hidden show only the blurhash (sensitive media not revealed)
     * @param moreCount how many attachments beyond this tile are not shown; 0 for none
     */
    void show(MediaAttachment media, int[] blurhash, boolean hidden, int moreCount) {
        this.media = media;
        this.hidden = hidden;
        placeholder = BlurhashImages.of(blurhash);
        boolean unknown = media.type() == MediaType.UNKNOWN;
        link.setVisible(unknown && !hidden);
        linkText.setText(context.string("media.unknown"));
        kind.setGraphic(kindIcon(media.type()));
        kind.setVisible(!hidden && kind.getGraphic() != null);
        String description =
                media.description() == null ? "" : media.description().strip();
        alt.setVisible(!hidden && !description.isEmpty());
        altTip.setText(description);
        more.setText(moreCount > 0 ? "+" + moreCount : "");
        more.setVisible(moreCount > 0 && !hidden);
        broken.setVisible(false);
        setAccessibleText(
                description.isEmpty()
                        ? context.string("media.type." + media.type().wireName())
                        : description);
        if (hidden || unknown || !ImageFetcher.isFetchable(media.previewUrl())) {
            slot.clear();
            broken.setVisible(!hidden && !unknown && media.type() == MediaType.IMAGE);
        } else {
            requestLayout();
        }
        picture.setImage(placeholder);
        MediaMeta.Focus focus = media.meta() == null ? null : media.meta().focus();
        picture.setFocus(focus == null ? 0 : focus.x(), focus == null ? 0 : focus.y());
    }

    void clear() {
        media = null;
        slot.clear();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        MediaAttachment shown = media;
        if (shown != null && !hidden && shown.type() != MediaType.UNKNOWN && getWidth() > 0 && getHeight() > 0) {
            double width = Math.ceil(getWidth() / LOAD_STEP) * LOAD_STEP;
            double height = Math.ceil(getHeight() / LOAD_STEP) * LOAD_STEP;
            Double aspect = shown.aspect();
            // Decode big enough to cover the tile after cropping, scaling by the side that must fill.
            if (aspect == null || !(aspect > 0)) {
                double side = Math.max(width, height);
                slot.load(shown.previewUrl(), side, side);
            } else if (aspect > width / height) {
                slot.load(shown.previewUrl(), 0, height);
            } else {
                slot.load(shown.previewUrl(), width, 0);
            }
        }
    }

    private void showImage(@Nullable Image image) {
        picture.setImage(image != null ? image : placeholder);
        if (image != null) {
            broken.setVisible(false);
        }
    }

    private static @Nullable Node kindIcon(MediaType type) {
        return switch (type) {
            case VIDEO -> Icons.video();
            case GIFV -> Icons.gif();
            case AUDIO -> Icons.audio();
            case IMAGE, UNKNOWN -> null;
        };
    }
}
