package social.woolly.ui.compose.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import social.woolly.core.model.MediaMeta;

/** Mastodon's focal points: x right-positive, y up-positive, both -1..1 (docs: api/guidelines#focal-points). */
class FocalPointTest {

    @ParameterizedTest(name = "pixel ({0}, {1}) of 400x200 -> ({2}, {3})")
    @CsvSource({
        "0,   0,   -1,  1", // top left
        "400, 0,    1,  1", // top right
        "0,   200, -1, -1", // bottom left
        "400, 200,  1, -1", // bottom right
        "200, 100,  0,  0", // centre
        "300, 50,   0.5, 0.5",
        "100, 150, -0.5, -0.5",
        "-30, 500, -1, -1", // outside the picture: clamped
    })
    void at_pixel_mapsToMastodonsCoordinates(double x, double y, double focusX, double focusY) {
        MediaMeta.Focus focus = FocalPoint.at(x, y, 400, 200);

        assertThat(focus).isEqualTo(new MediaMeta.Focus(focusX, focusY));
    }

    @ParameterizedTest(name = "focus ({0}, {1}) -> pixel ({2}, {3}) of 400x200")
    @CsvSource({"-1, 1, 0, 0", "1, -1, 400, 200", "0, 0, 200, 100", "0.5, 0.5, 300, 50"})
    void pixel_ofFocus_isTheInverse(double focusX, double focusY, double x, double y) {
        MediaMeta.Focus focus = new MediaMeta.Focus(focusX, focusY);

        assertThat(FocalPoint.pixelX(focus, 400)).isEqualTo(x);
        assertThat(FocalPoint.pixelY(focus, 200)).isEqualTo(y);
    }
}
