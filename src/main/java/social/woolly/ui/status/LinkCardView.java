package social.woolly.ui.status;

import java.net.URI;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.media.ImageFetcher;
import social.woolly.core.model.PreviewCard;
import social.woolly.ui.common.Icons;
import social.woolly.ui.media.BlurhashImages;
import social.woolly.ui.media.CoverImage;
import social.woolly.ui.media.ImageSlot;

/**
 * The preview of a link in a post: its image on the left (over its blurhash while loading), the
 * site, the title and the start of the description on the right. A click opens the link.
 */
final class LinkCardView extends HBox {

    private static final double IMAGE_SIZE = 84;

    private final StatusViewContext context;
    private final StackPane imageBox = new StackPane();
    private final CoverImage image = new CoverImage();
    private final Label domain = new Label();
    private final Label title = new Label();
    private final Label description = new Label();
    private final Tooltip tip = new Tooltip();
    private final ImageSlot slot;
    private @Nullable String url;
    private @Nullable Image placeholder;

    LinkCardView(StatusViewContext context) {
        this.context = context;
        getStyleClass().add("status-card");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        image.setCornerRadius(7);
        imageBox.getStyleClass().add("status-card-image");
        imageBox.getChildren().addAll(new Label(null, Icons.externalLink()), image);
        imageBox.setMinSize(IMAGE_SIZE, IMAGE_SIZE);
        imageBox.setPrefSize(IMAGE_SIZE, IMAGE_SIZE);
        imageBox.setMaxSize(IMAGE_SIZE, IMAGE_SIZE);
        domain.getStyleClass().add("status-card-domain");
        title.getStyleClass().add("status-card-title");
        title.setWrapText(true);
        title.setMaxHeight(40);
        description.getStyleClass().add("status-card-description");
        description.setWrapText(true);
        description.setMaxHeight(36);
        VBox text = new VBox(2, domain, title, description);
        text.getStyleClass().add("status-card-text");
        text.setMinWidth(0);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(imageBox, text);
        setCursor(Cursor.HAND);
        setAccessibleRole(AccessibleRole.HYPERLINK);
        Tooltip.install(this, tip);
        slot = new ImageSlot(
                context.images(), loaded -> image.setImage(loaded != null ? loaded : placeholder), () -> {});
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && url != null) {
                event.consume();
                context.links().openUrl(url);
            }
        });
    }

    /** @param cardBlurhash the card's blurhash decoded ahead, possibly empty */
    void show(PreviewCard card, int[] cardBlurhash) {
        url = ImageFetcher.isFetchable(card.url()) ? card.url() : null;
        String site = card.providerName().isBlank() ? hostOf(card.url()) : card.providerName();
        domain.setText(site);
        title.setText(card.title().isBlank() ? card.url() : card.title().strip());
        description.setText(card.description().strip());
        description.setVisible(!card.description().isBlank());
        description.setManaged(!card.description().isBlank());
        tip.setText(card.url());
        setAccessibleText(title.getText() + ", " + site);
        boolean hasImage = ImageFetcher.isFetchable(card.image());
        imageBox.setVisible(hasImage);
        imageBox.setManaged(hasImage);
        placeholder = BlurhashImages.of(cardBlurhash);
        if (hasImage) {
            // Scaled by the shorter side, so that the square crop is covered; unknown shapes by width.
            boolean landscape = card.width() > card.height() && card.height() > 0;
            slot.load(card.image(), landscape ? 0 : IMAGE_SIZE, landscape ? IMAGE_SIZE : 0);
        } else {
            slot.clear();
        }
    }

    void clear() {
        url = null;
        slot.clear();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
