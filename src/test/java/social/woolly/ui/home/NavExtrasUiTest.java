package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/** Issue #4's navigation extras against the sandbox: Lists, followed Hashtags and Profile in the column. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NavExtrasUiTest {
    private static final String LONG_TITLE = "Fediverse developers and other people who write software";

    private HomeFixture fixture;
    private Sandbox sandbox;
    private Stage stage;
    private String closeFriends;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Sandbox started = Sandbox.start();
        started.addListAs("alice", LONG_TITLE, "dave@remote.example");
        for (String tag : List.of("knitting", "javafx", "caturday")) {
            started.followTagAs("alice", tag);
        }
        this.stage = stage;
        fixture = new HomeFixture(stage, started, problems);
        sandbox = fixture.sandbox;
        closeFriends = fixture
                .client
                .api(fixture.server, social.woolly.core.api.AccessToken.of(fixture.token))
                .lists()
                .all()
                .execute()
                .stream()
                .filter(l -> l.title().equals("Close friends"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    private Node root() {
        return fixture.home.view();
    }

    private Optional<ToggleButton> entry(FxRobot robot, String section, String text) {
        return robot.from(root()).lookup("#" + section + " .nav-entry").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals(text))
                .findFirst();
    }

    private List<String> entries(FxRobot robot, String section) throws Exception {
        return WaitForAsyncUtils.asyncFx(() ->
                        robot.from(root()).lookup("#" + section + " .nav-entry").queryAllAs(ToggleButton.class).stream()
                                .map(ToggleButton::getText)
                                .toList())
                .get(5, TimeUnit.SECONDS);
    }

    private void awaitEntry(FxRobot robot, String section, String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> entries(robot, section).contains(text));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "entries " + entries(robot, section) + " requests "
                            + sandbox.requests().stream().map(r -> r.path()).toList(),
                    e);
        }
    }

    /** Who posted (or boosted) each post of the timeline on screen. */
    private List<String> authors(FxRobot robot) throws Exception {
        ListView<TimelineRow> list = shownList(robot);
        return WaitForAsyncUtils.asyncFx(() -> list.getItems().stream()
                        .map(row -> ((TimelineRow.Post) row)
                                .item()
                                .status()
                                .account()
                                .username())
                        .toList())
                .get(5, TimeUnit.SECONDS);
    }

    /** Clicks an entry once it is listed, and waits for the pane it opens to show posts. */
    private void open(FxRobot robot, String section, String text, String pane) throws Exception {
        awaitEntry(robot, section, text);
        ToggleButton clicked = entry(robot, section, text).orElseThrow();
        robot.interact(clicked::fire);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.from(root()).lookup(pane).tryQuery().isPresent()
                        && !shownList(robot).getItems().isEmpty());
    }

    /** The timeline list on screen (the ones of other places are kept, out of the scene). */
    @SuppressWarnings("unchecked")
    private ListView<TimelineRow> shownList(FxRobot robot) {
        return robot.from(root())
                .lookup(".account-home-split #" + TimelineView.LIST_ID)
                .queryAs(ListView.class);
    }

    private boolean shows(FxRobot robot, String text) {
        return robot.from(root()).lookup("#" + TimelineView.LIST_ID).queryAllAs(ListView.class).stream()
                .<ListView<?>>map(list -> list)
                .flatMap(list -> list.getItems().stream())
                .anyMatch(r -> r instanceof TimelineRow.Post p
                        && p.item().shown().content().contains(text));
    }

    private String header(FxRobot robot) {
        return robot.from(root())
                .lookup(".tag-header .label")
                .queryAs(Label.class)
                .getText();
    }

    @Test
    void column_showsTheListsAndFollowedHashtags(FxRobot robot) throws Exception {
        awaitEntry(robot, "nav-hashtags", "#caturday");
        awaitEntry(robot, "nav-lists", LONG_TITLE);

        assertThat(entries(robot, "nav-lists")).containsExactly("Close friends", LONG_TITLE);
        assertThat(entries(robot, "nav-hashtags"))
                .containsExactly("#caturday", "#javafx", "#knitting", "#woolly", "#photography");
        assertThat(problems).isEmpty();
        // Look at it: the column with both sections, the long title cut with an ellipsis.
        var image = WaitForAsyncUtils.asyncFx(
                        () -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null))
                .get(5, TimeUnit.SECONDS);
        ImageIO.write(image, "png", Path.of("/tmp/nav.png").toFile());
    }

    @Test
    void clickingAList_showsItsPosts_andAPostStreamedToTheListAppears(FxRobot robot) throws Exception {
        open(robot, "nav-lists", "Close friends", ".list-pane");

        assertThat(header(robot)).isEqualTo("Close friends");
        assertThat(authors(robot)).containsOnly("bob", "carol");
        assertThat(entry(robot, "nav-lists", "Close friends").orElseThrow().isSelected())
                .isTrue();

        assertThat(sandbox.awaitStreamSubscribers(1, Duration.ofSeconds(10), "list", closeFriends))
                .isTrue();
        sandbox.postStatusAs("carol", "Streamed to the close friends list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, "Streamed to the close friends list"));
    }

    @Test
    void clickingAFollowedHashtag_opensTheTagTimeline(FxRobot robot) throws Exception {
        open(robot, "nav-hashtags", "#photography", ".tag-pane");

        assertThat(header(robot)).isEqualTo("#photography");
        assertThat(shows(robot, "Sunset over the pasture")).isTrue();
    }

    @Test
    void profile_showsAlicesOwnPostsAndHerHeader(FxRobot robot) throws Exception {
        ToggleButton profile = robot.from(root()).lookup("#nav-profile").queryAs(ToggleButton.class);
        robot.interact(profile::fire);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.from(root()).lookup(".profile-pane").tryQuery().isPresent()
                        && !shownList(robot).getItems().isEmpty()
                        && robot.from(root())
                                .lookup(".account-header")
                                .queryAs(AccountHeader.class)
                                .acctText()
                                .equals("@alice"));
        assertThat(authors(robot)).containsOnly("alice");
        assertThat(robot.from(root()).lookup(".account-header-counts .label").queryAllAs(Label.class).stream()
                        .map(Label::getText))
                .anySatisfy(text -> assertThat(text).endsWith("Followers"));
    }

    @Test
    void mention_withAnIdTheServerDoesNotKnow_opensTheAccountItsHandleNames(FxRobot robot) throws Exception {
        // snac numbers a post's mentions "0", "1", …; account "0" is a 404 there: audit A2.
        robot.interact(
                () -> fixture.home.showProfile(new social.woolly.ui.status.LinkHandler.Profile("0", "bob", null)));

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
        assertThat(authors(robot)).containsOnly("bob");
        assertThat(problems).isEmpty();
    }

    @Test
    void mention_withOnlyAHandle_opensThatProfileInPlace_andBackReturnsHome(FxRobot robot) throws Exception {
        // A mention in a post carries the account's id on Mastodon; a handle alone is looked up first.
        robot.interact(
                () -> fixture.home.showProfile(new social.woolly.ui.status.LinkHandler.Profile(null, "bob", null)));

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
        assertThat(authors(robot)).containsOnly("bob");
        assertThat(header(robot)).isEqualTo("@bob");

        robot.interact(() -> robot.from(root())
                .lookup(".profile-pane-other .tag-header .button")
                .queryButton()
                .fire());
        assertThat(robot.from(root()).lookup(".profile-pane-other").tryQuery()).isEmpty();
    }

    @Test
    void profile_afterAlicePosts_showsTheNewPost(FxRobot robot) throws Exception {
        ToggleButton profile = robot.from(root()).lookup("#nav-profile").queryAs(ToggleButton.class);
        robot.interact(profile::fire);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !shownList(robot).getItems().isEmpty());

        robot.interact(() -> fixture.home.show(Place.HOME));
        sandbox.postStatusAs("alice", "Posted elsewhere, seen on return");
        robot.interact(() -> fixture.home.show(Place.PROFILE));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, "Posted elsewhere, seen on return"));
    }

    @Test
    void serverWithoutListsAndFollowedTags_leavesTheSectionsOut_withoutAnError(FxRobot robot) throws Exception {
        awaitEntry(robot, "nav-hashtags", "#woolly");
        sandbox.failNext("/api/v1/lists", 404, "{\"error\":\"Not Found\"}");
        sandbox.failNext("/api/v1/followed_tags", 404, "{\"error\":\"Not Found\"}");

        robot.from(root())
                .lookup(".nav-section-refresh")
                .queryAllAs(javafx.scene.control.Button.class)
                .forEach(button -> robot.interact(button::fire));

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.from(root()).lookup("#nav-lists").query().isVisible()
                        && !robot.from(root()).lookup("#nav-hashtags").query().isVisible());
        assertThat(robot.from(root()).lookup("#nav-home").query().isVisible()).isTrue();
        assertThat(problems).isEmpty();
        assertThat(robot.listWindows()).hasSize(1);
    }

    @Test
    void tab_movesThroughTheSectionEntries(FxRobot robot) throws Exception {
        awaitEntry(robot, "nav-hashtags", "#photography");
        // Home takes the focus when it first shows: only then does the test move it.
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !shownList(robot).getItems().isEmpty());
        ToggleButton last = entry(robot, "nav-lists", LONG_TITLE).orElseThrow();
        robot.interact(last::requestFocus);

        robot.type(KeyCode.TAB);

        // The section's refresh button comes next, then its first hashtag.
        robot.type(KeyCode.TAB);
        try {
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> entry(robot, "nav-hashtags", "#caturday")
                            .orElseThrow()
                            .isFocused());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus " + stage.getScene().getFocusOwner(), e);
        }
    }
}
