package social.woolly.ui.status;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import social.woolly.ui.common.AppStyles;
import social.woolly.ui.concurrent.FxBackgroundRunner;
import social.woolly.ui.media.ImageLoader;

/**
 * A window with a list of varied sample posts, to look at the status view. Not a test: run it with
 * the test classpath. {@code -Dwoolly.demo.dark=true} for the dark theme, {@code
 * -Dwoolly.demo.scroll=N} to start at post N, {@code -Dwoolly.demo.width=W} for the window width.
 */
public final class StatusGalleryDemo {

    private StatusGalleryDemo() {}

    public static void main(String[] args) {
        Application.launch(Gallery.class, args);
    }

    /** The application; separate from {@code main} so that it starts from the classpath. */
    public static final class Gallery extends Application {

        private ExecutorService io;

        @Override
        public void start(Stage stage) {
            boolean dark = Boolean.getBoolean("woolly.demo.dark");
            Application.setUserAgentStylesheet((dark ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet());
            ResourceBundle text = ResourceBundle.getBundle("social.woolly.ui.messages");
            io = FxBackgroundRunner.newIoExecutor();
            FxBackgroundRunner runner = new FxBackgroundRunner(io);
            ImageLoader images = new ImageLoader(new SampleImages(), runner, ImageLoader.DEFAULT_BUDGET_BYTES);
            RecordingHandlers handlers = new RecordingHandlers();
            TimeTicker ticker = new TimeTicker();
            StatusViewContext context = new StatusViewContext(
                    text,
                    images,
                    handlers,
                    handlers,
                    new RelativeTime(Clock.systemDefaultZone(), text),
                    ticker,
                    new CountFormat(text.getLocale()),
                    null);
            StatusItemFactory factory = new StatusItemFactory("https://woolly.test");
            List<StatusItem> items = new SampleStatuses(Instant.now())
                    .all().stream()
                            .map(factory::create)
                            .filter(item -> !item.isFilteredOut())
                            .toList();
            ListView<StatusItem> list = new ListView<>(FXCollections.observableArrayList(items));
            list.setCellFactory(StatusCell.factory(context));
            list.getStyleClass().add("status-list");
            Scene scene = new Scene(list, Integer.getInteger("woolly.demo.width", 680), 1000);
            scene.getStylesheets().add(AppStyles.APP_CSS);
            stage.setScene(scene);
            stage.setTitle("Woolly: status gallery");
            stage.show();
            images.setPixelScale(stage.getOutputScaleX());
            list.scrollTo(Integer.getInteger("woolly.demo.scroll", 0));
            ticker.start();
        }

        @Override
        public void stop() {
            if (io != null) {
                io.shutdownNow();
            }
        }
    }
}
