package social.woolly.ui.status;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.media.ImageFetcher;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.MediaType;
import social.woolly.ui.common.Icons;
import social.woolly.ui.media.ParentSizedRegion;

/**
 * A post's attachments as up to four tiles: one keeps (within limits) its own shape, two sit side by
 * side, three as one big and two small, four in a square; a fifth and later are counted on the last
 * tile. Sensitive media shows as blurred placeholders under a "Sensitive content" cover until the
 * user reveals it. The four tiles are made once and reused for every post the view shows.
 */
final class MediaGrid extends ParentSizedRegion {

    static final int MAX_TILES = 4;
    private static final double GAP = 4;
    private static final double MAX_HEIGHT = 360;
    private static final double MIN_ASPECT = 0.75;
    private static final double MAX_ASPECT = 2.4;
    private static final double GROUP_ASPECT = 16.0 / 9;

    private final StatusViewContext context;
    private final MediaTile[] tiles = new MediaTile[MAX_TILES];
    private final StackPane cover = new StackPane();
    private final Button hide = new Button(null, Icons.hiddenMedia());
    private @Nullable StatusItem item;
    private int count;
    private double singleAspect = GROUP_ASPECT;

    MediaGrid(StatusViewContext context) {
        this.context = context;
        getStyleClass().add("media-grid");
        for (int i = 0; i < MAX_TILES; i++) {
            int index = i;
            tiles[i] = new MediaTile(context);
            tiles[i].setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    event.consume();
                    open(index);
                }
            });
            getChildren().add(tiles[i]);
        }
        Label title = new Label(context.string("media.sensitive"));
        title.getStyleClass().add("media-sensitive-title");
        Label hint = new Label(context.string("media.sensitive.show"));
        hint.getStyleClass().add("media-sensitive-hint");
        VBox pill = new VBox(2, title, hint);
        pill.setAlignment(Pos.CENTER);
        pill.getStyleClass().add("media-sensitive-pill");
        pill.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        cover.getChildren().add(pill);
        cover.getStyleClass().add("media-sensitive");
        cover.setOnMouseClicked(event -> {
            event.consume();
            reveal(true);
        });
        hide.getStyleClass().addAll("media-hide", "button-icon", "small");
        hide.setTooltip(new Tooltip(context.string("media.hide")));
        hide.setAccessibleText(context.string("media.hide"));
        hide.setOnAction(_ -> reveal(false));
        getChildren().addAll(cover, hide);
    }

    void show(StatusItem item) {
        this.item = item;
        List<MediaAttachment> media = item.shown().mediaAttachments();
        count = Math.min(media.size(), MAX_TILES);
        boolean hidden = item.isMediaHidden();
        boolean sensitive = hidden || item.mediaRevealedProperty().get();
        for (int i = 0; i < MAX_TILES; i++) {
            boolean used = i < count;
            tiles[i].setVisible(used);
            if (used) {
                int beyond = i == count - 1 ? media.size() - count : 0;
                tiles[i].show(media.get(i), item.blurhash(i), hidden, beyond);
            } else {
                tiles[i].clear();
            }
        }
        cover.setVisible(hidden);
        hide.setVisible(!hidden && sensitive);
        Double aspect = count == 1 ? media.getFirst().aspect() : null;
        singleAspect = aspect == null || !(aspect > 0) ? GROUP_ASPECT : Math.clamp(aspect, MIN_ASPECT, MAX_ASPECT);
        requestLayout();
    }

    void clear() {
        item = null;
        for (MediaTile tile : tiles) {
            tile.clear();
        }
    }

    private void reveal(boolean revealed) {
        if (item != null) {
            item.mediaRevealedProperty().set(revealed);
        }
    }

    private void open(int index) {
        StatusItem shown = item;
        if (shown == null) {
            return;
        }
        if (shown.isMediaHidden()) {
            reveal(true);
            return;
        }
        MediaAttachment media = shown.shown().mediaAttachments().get(index);
        if (media.type() == MediaType.UNKNOWN) {
            String url = ImageFetcher.isFetchable(media.remoteUrl()) ? media.remoteUrl() : media.url();
            if (ImageFetcher.isFetchable(url)) {
                context.links().openUrl(url);
            }
        } else {
            context.actions().openMedia(shown, index);
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? 400 : width) - snappedLeftInset() - snappedRightInset();
        double aspect = count == 1 ? singleAspect : GROUP_ASPECT;
        return snappedTopInset() + Math.min(MAX_HEIGHT, Math.round(inner / aspect)) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double half = (w - GAP) / 2;
        double halfH = (h - GAP) / 2;
        switch (count) {
            // A tall picture keeps its shape: narrower, rather than cropped to a strip.
            case 1 -> tiles[0].resizeRelocate(x, y, Math.min(w, Math.round(h * singleAspect)), h);
            case 2 -> {
                tiles[0].resizeRelocate(x, y, half, h);
                tiles[1].resizeRelocate(x + half + GAP, y, half, h);
            }
            case 3 -> {
                tiles[0].resizeRelocate(x, y, half, h);
                tiles[1].resizeRelocate(x + half + GAP, y, half, halfH);
                tiles[2].resizeRelocate(x + half + GAP, y + halfH + GAP, half, halfH);
            }
            case 4 -> {
                tiles[0].resizeRelocate(x, y, half, halfH);
                tiles[1].resizeRelocate(x + half + GAP, y, half, halfH);
                tiles[2].resizeRelocate(x, y + halfH + GAP, half, halfH);
                tiles[3].resizeRelocate(x + half + GAP, y + halfH + GAP, half, halfH);
            }
            default -> {
                // No attachments: the grid is not shown.
            }
        }
        double coverWidth = count == 1 ? tiles[0].getWidth() : w;
        cover.resizeRelocate(x, y, coverWidth, h);
        hide.autosize();
        hide.relocate(x + 8, y + 8);
    }
}
