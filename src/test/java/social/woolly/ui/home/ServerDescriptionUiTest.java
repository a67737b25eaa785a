package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.sandbox.Sandbox;

/**
 * What the server says of itself reaches the account's home: the composer counts against the
 * server's own character limit, and a public feed the server switched off shows why in its place.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ServerDescriptionUiTest {
    /** A Pleroma-sized limit and Mastodon 4.5's switch for public feeds, in the v2 instance shape. */
    private static final String INSTANCE = """
            {"domain": "127.0.0.1", "title": "Roomy", "version": "4.5.0",
             "configuration": {
               "statuses": {"max_characters": 5000, "max_media_attachments": 4, "characters_reserved_per_url": 23},
               "timelines_access": {"live_feeds": {"local": "disabled", "remote": "disabled"}}}}
            """;

    private final List<String> problems = new ArrayList<>();
    private Stage stage;
    private HomeFixture fixture;

    @Start
    void start(Stage started) {
        stage = started;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (fixture != null) {
            robot.interact(fixture.home::dispose);
            fixture.close();
        }
    }

    @Test
    void serverDescription_reachesTheComposerAndTheClosedFeeds(FxRobot robot) throws Exception {
        Sandbox sandbox = Sandbox.start();
        sandbox.failNext("/api/v2/instance", 200, INSTANCE);
        fixture = WaitForAsyncUtils.asyncFx(() -> new HomeFixture(stage, sandbox, problems))
                .get(20, TimeUnit.SECONDS);

        // Whether the composer opens before or after the server answers, it ends up with its limit.
        robot.interact(() -> fixture.home.composerPanel().newPost());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fixture.home
                                .composerPanel()
                                .viewModel()
                                .remainingProperty()
                                .get()
                        == 5000);

        robot.interact(() -> fixture.home.show(Place.LOCAL));
        assertThat(robot.lookup(".nav-soon").queryAs(Label.class).getText())
                .contains(HomeFixture.TEXT.getString("nav.local"));
        assertThat(sandbox.requests("/api/v1/timelines/public")).isEmpty();
    }
}
