package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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
import social.woolly.ui.status.AccountHeader;
import social.woolly.ui.status.LinkHandler;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/** Profiles opened from mentions whose id the server does not know, against the sandbox. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OtherProfilesUiTest {
    private HomeFixture fixture;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new HomeFixture(stage, Sandbox.start(), problems);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    private Node root() {
        return fixture.home.view();
    }

    @Test
    void mention_withAnIdTheServerDoesNotKnow_opensTheAccountItsHandleNames(FxRobot robot) throws Exception {
        // snac numbers a post's mentions "0", "1", …; account "0" is a 404: audit A2.
        robot.interact(() -> fixture.home.showProfile(new LinkHandler.Profile("0", "bob", null)));

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.from(root())
                                .lookup(".profile-pane-other")
                                .tryQuery()
                                .isPresent()
                        && !shownList(robot).getItems().isEmpty()
                        && robot.from(root())
                                .lookup(".profile-pane-other .account-header")
                                .queryAs(AccountHeader.class)
                                .acctText()
                                .equals("@bob"));
        List<String> authors = WaitForAsyncUtils.asyncFx(() -> shownList(robot).getItems().stream()
                        .map(row -> ((TimelineRow.Post) row)
                                .item()
                                .status()
                                .account()
                                .username())
                        .toList())
                .get(5, TimeUnit.SECONDS);
        assertThat(authors).containsOnly("bob");
        assertThat(problems).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineRow> shownList(FxRobot robot) {
        return robot.from(root())
                .lookup(".account-home-split #" + TimelineView.LIST_ID)
                .queryAs(ListView.class);
    }
}
