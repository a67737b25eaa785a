package social.woolly.ui.status;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import social.woolly.core.media.ImageFetcher;

/**
 * An {@link ImageFetcher} that draws the images {@link SampleStatuses} refers to instead of
 * fetching them: avatars, emoji, landscapes; {@code /broken.png} is not an image, anything else is
 * a 404. Offline and deterministic, for the gallery and the UI tests.
 */
final class SampleImages implements ImageFetcher {

    private static final Color[] PALETTE = {
        new Color(0x5B8DEF),
        new Color(0xE8775B),
        new Color(0x4CAF7A),
        new Color(0xA46BE0),
        new Color(0xE0A43A),
        new Color(0x3AA6B9),
        new Color(0xD9577F)
    };

    @Override
    public byte[] fetch(String url) throws IOException {
        String path = url.substring(url.indexOf("img.test") + "img.test".length());
        String name = path.substring(path.lastIndexOf('/') + 1).replace(".png", "");
        if (path.equals("/broken.png")) {
            return "<html>not an image</html>".getBytes(StandardCharsets.UTF_8);
        }
        if (path.startsWith("/avatar/")) {
            return png(avatar(name));
        }
        if (path.startsWith("/emoji/")) {
            return png(emoji());
        }
        if (path.startsWith("/media/")) {
            return png(landscape(name, name.equals("card") ? 640 : 900, name.startsWith("aurora-2") ? 900 : 600));
        }
        throw new FileNotFoundException("404");
    }

    private static BufferedImage avatar(String name) {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Color base = PALETTE[Math.floorMod(name.hashCode(), PALETTE.length)];
        g.setPaint(new GradientPaint(0, 0, base.brighter(), 96, 96, base.darker()));
        g.fillRect(0, 0, 96, 96);
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new Ellipse2D.Double(30, 18, 36, 36));
        g.fill(new Ellipse2D.Double(14, 58, 68, 60));
        g.dispose();
        return image;
    }

    private static BufferedImage emoji() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(0xF2994A));
        Path2D ears = new Path2D.Double();
        ears.moveTo(8, 30);
        ears.lineTo(14, 2);
        ears.lineTo(30, 16);
        ears.lineTo(34, 16);
        ears.lineTo(50, 2);
        ears.lineTo(56, 30);
        ears.closePath();
        g.fill(ears);
        g.fill(new Ellipse2D.Double(6, 12, 52, 46));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(18, 36, 28, 20));
        g.setColor(new Color(0x333333));
        g.fill(new Ellipse2D.Double(20, 26, 7, 7));
        g.fill(new Ellipse2D.Double(37, 26, 7, 7));
        g.fill(new Ellipse2D.Double(29, 38, 6, 5));
        g.dispose();
        return image;
    }

    /** A sky, a sun (or an aurora) and layered hills, coloured by the name. */
    private static BufferedImage landscape(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        boolean night = name.startsWith("aurora");
        Color top = night ? new Color(0x0B1D3A) : new Color(0x7FB3E8);
        Color bottom = night ? new Color(0x1F4F6B) : new Color(0xF6D8A8);
        g.setPaint(new GradientPaint(0, 0, top, 0, height * 0.7f, bottom));
        g.fillRect(0, 0, width, height);
        if (night) {
            g.setStroke(new BasicStroke(height / 9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(80, 240, 160, 120));
            Path2D band = new Path2D.Double();
            band.moveTo(-20, height * 0.35);
            band.curveTo(width * 0.3, height * 0.05, width * 0.6, height * 0.55, width + 20, height * 0.2);
            g.draw(band);
        } else {
            g.setColor(new Color(0xFFF1C1));
            g.fill(new Ellipse2D.Double(width * 0.68, height * 0.18, height * 0.2, height * 0.2));
        }
        int shade = Math.floorMod(name.hashCode(), 40);
        for (int layer = 0; layer < 3; layer++) {
            Color hill = night
                    ? new Color(10 + layer * 8, 25 + layer * 10, 40 + layer * 10)
                    : new Color(60 + shade - layer * 15, 120 - layer * 20 + shade, 80 - layer * 10);
            g.setColor(hill);
            Path2D ridge = new Path2D.Double();
            double base = height * (0.55 + layer * 0.13);
            ridge.moveTo(0, height);
            ridge.lineTo(0, base);
            for (int x = 0; x <= width; x += width / 6) {
                ridge.lineTo(x, base - Math.abs(Math.sin((x + shade * 13 + layer * 97) / 140.0)) * height * 0.12);
            }
            ridge.lineTo(width, height);
            ridge.closePath();
            g.fill(ridge);
        }
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
