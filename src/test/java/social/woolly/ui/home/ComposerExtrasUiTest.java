package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.account.SavedAccount;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.PageCursor;
import social.woolly.core.compose.Draft;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.account.AccountItem;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.DraftListView;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/**
 * Issue #5 against the sandbox: the drafts list (open, delete, the reply line kept), "post as"
 * moving a draft from alice to bob, and the composer in a window of its own.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ComposerExtrasUiTest {
    private static final String BOBS = "Bob asks a question";

    private HomeFixture fixture;
    private Stage stage;
    private final SimpleBooleanProperty ownWindow = new SimpleBooleanProperty(false);
    private final ObservableList<AccountItem> accounts = FXCollections.observableArrayList();
    private final Map<String, AccountHome> homes = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private AccountHome bob;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Sandbox sandbox = Sandbox.start();
        sandbox.postStatusAs("bob", BOBS);
        ComposerOptions options = new ComposerOptions(
                new PostAsRouter(
                        accounts,
                        key -> stage.getScene().setRoot((Parent) homes.get(key).view()),
                        key -> Optional.ofNullable(homes.get(key))),
                ownWindow);
        fixture = new HomeFixture(stage, sandbox, problems, options);
        bob = fixture.homeOf("bob", options);
        for (String user : List.of("alice", "bob")) {
            String key = SavedAccount.keyOf(user, fixture.server);
            accounts.add(new AccountItem(key, "@" + user, user, null, false));
            homes.put(key, user.equals("alice") ? fixture.home : bob);
        }
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            fixture.home.dispose();
            bob.dispose();
        });
        fixture.close();
    }

    private ComposerPanel composer() {
        return fixture.home.composerPanel();
    }

    private void type(FxRobot robot, ComposerPanel panel, String text) {
        robot.interact(() -> panel.viewModel().textProperty().set(text));
    }

    private Button draftsButton(FxRobot robot) {
        return robot.from(composer().view())
                .lookup("#" + DraftListView.BUTTON_ID)
                .queryButton();
    }

    private Node popupRoot() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Popup && w.isShowing())
                .map(w -> w.getScene().getRoot())
                .findFirst()
                .orElseThrow();
    }

    private Optional<Button> rowButton(FxRobot robot, String text, String styleClass) {
        return robot.from(popupRoot()).lookup(".compose-drafts-row").queryAll().stream()
                .filter(row -> row.lookupAll(".label").stream()
                        .anyMatch(
                                l -> l instanceof Label label && label.getText().contains(text)))
                .map(row -> row.lookup("." + styleClass))
                .filter(n -> n instanceof Button b && b.isVisible())
                .map(Button.class::cast)
                .findFirst();
    }

    @Test
    void draftsList_opensAnotherDraft_andDeletesOneAfterAsking(FxRobot robot) throws Exception {
        robot.interact(composer()::newPost);
        type(robot, composer(), "The first draft");
        robot.interact(composer()::newPost);
        type(robot, composer(), "The second draft");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> draftsButton(robot).getText().equals("Drafts (1)"));

        robot.interact(draftsButton(robot)::fire);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> rowButton(robot, "The first draft", "compose-drafts-open").isPresent());
        PopupShot.save(stage, popupRoot().getScene().getWindow(), Path.of("/tmp/woolly-drafts-list.png"));
        robot.interact(() -> rowButton(robot, "The first draft", "compose-drafts-open")
                .orElseThrow()
                .fire());

        assertThat(composer().viewModel().textProperty().get()).isEqualTo("The first draft");
        // The one shown before is saved, and now in the list in its place.
        robot.interact(draftsButton(robot)::fire);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> rowButton(robot, "The second draft", "compose-drafts-delete")
                        .isPresent());
        robot.interact(() -> rowButton(robot, "The second draft", "compose-drafts-delete")
                .orElseThrow()
                .fire());
        robot.interact(() -> rowButton(robot, "The second draft", "compose-drafts-confirm")
                .orElseThrow()
                .fire());

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> draftsButton(robot).getText().equals("Drafts (0)"));
        assertThat(fixture.services.drafts().list(composer().viewModel().draft().accountKey()))
                .extracting(Draft::text)
                .containsExactly("The first draft");
    }

    @Test
    void replyLine_survivesWhenTheDraftIsOpenedAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bobsPost(robot).isPresent());
        robot.interact(() -> composer().reply(bobsPost(robot).orElseThrow()));
        Label replying = robot.from(composer().view())
                .lookup("#" + ComposeView.REPLYING_ID)
                .queryAs(Label.class);
        assertThat(replying.getText()).isEqualTo("Replying to @bob");
        type(robot, composer(), "@bob Here is my answer");

        robot.interact(composer()::newPost);
        assertThat(replying.isVisible()).isFalse();
        robot.interact(draftsButton(robot)::fire);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> rowButton(robot, "Here is my answer", "compose-drafts-open")
                        .isPresent());
        robot.interact(() -> rowButton(robot, "Here is my answer", "compose-drafts-open")
                .orElseThrow()
                .fire());

        assertThat(replying.getText()).isEqualTo("Replying to @bob");
        assertThat(replying.isVisible()).isTrue();
        assertThat(composer().viewModel().draft().inReplyToId())
                .isEqualTo(bobsPost(robot).orElseThrow().shown().id());
    }

    private Optional<social.woolly.ui.status.StatusItem> bobsPost(FxRobot robot) {
        return robot.from(fixture.home.view()).lookup("#" + TimelineView.LIST_ID).tryQuery().stream()
                .flatMap(list -> ((ListView<?>) list).getItems().stream())
                .filter(r -> r instanceof TimelineRow.Post p
                        && p.item().shown().content().contains(BOBS))
                .map(r -> ((TimelineRow.Post) r).item())
                .findFirst();
    }

    @Test
    void postAs_movesTheDraftToBob_whoPostsIt(FxRobot robot) throws Exception {
        robot.interact(composer()::newPost);
        type(robot, composer(), "Written by alice, posted by bob");
        MenuButton picker = robot.from(composer().view())
                .lookup("#" + ComposerHeader.POST_AS_ID)
                .queryAs(MenuButton.class);
        assertThat(picker.isVisible()).isTrue();
        assertThat(picker.getText()).startsWith("@alice");

        robot.interact(picker::show);
        assertThat(picker.getItems()).hasSize(1);
        robot.interact(() -> {
            picker.hide();
            picker.getItems().getFirst().fire();
        });

        assertThat(stage.getScene().getRoot()).isSameAs(bob.view());
        ComposerPanel bobs = bob.composerPanel();
        assertThat(bobs.viewModel().textProperty().get()).isEqualTo("Written by alice, posted by bob");
        assertThat(bobs.viewModel().draft().accountKey()).startsWith("bob@");
        assertThat(robot.from(bobs.view())
                        .lookup("#" + ComposerHeader.NOTICE_ID)
                        .queryLabeled()
                        .getText())
                .startsWith("Moved from ");
        assertThat(composer().viewModel().textProperty().get()).isEmpty();
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> fixture.services.drafts().list(SavedAccount.keyOf("alice", fixture.server)).stream()
                        .noneMatch(d -> d.text().contains("posted by bob")));

        robot.interact(() -> bobs.viewModel().post());

        String bobId = fixture.sandbox.accountId("bob");
        var api = fixture.client.api(fixture.server, AccessToken.of(fixture.token));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> api.accounts().statuses(bobId, PageCursor.newest()).execute().items().stream()
                        .anyMatch(s -> s.content().contains("Written by alice, posted by bob")));
        assertThat(problems).isEmpty();
    }

    @Test
    void ownWindow_ctrlN_opensTheComposerInAWindowOfItsOwn_escClosesIt(FxRobot robot) throws Exception {
        robot.interact(() -> ownWindow.set(true));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.from(fixture.home.view())
                        .lookup("#" + TimelineView.LIST_ID)
                        .tryQuery()
                        .isPresent());
        robot.interact(() -> robot.from(fixture.home.view())
                .lookup("#" + TimelineView.LIST_ID)
                .query()
                .requestFocus());

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> composer().window() != null && composer().window().isShowing());
        Stage window = composer().window();
        assertThat(window.getOwner()).isSameAs(stage);
        assertThat(composer().view().getScene()).isSameAs(window.getScene());
        assertThat(((javafx.scene.layout.BorderPane) fixture.home.view()).getRight())
                .isNull();
        type(robot, composer(), "Kept when the window closes");
        robot.interact(() -> {
            window.requestFocus();
            composer().view().focusText();
        });

        robot.interact(() -> composer()
                .view()
                .fireEvent(new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));

        assertThat(window.isShowing()).isFalse();
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> fixture.services.drafts().list(SavedAccount.keyOf("alice", fixture.server)).stream()
                        .anyMatch(d -> d.text().equals("Kept when the window closes")));
    }
}
