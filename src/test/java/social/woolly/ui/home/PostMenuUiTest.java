package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.model.NewStatus;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.media.MediaFiles;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/** Issue #5 against the sandbox: a post's menu edits, deletes, and deletes to redraft alice's own posts. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PostMenuUiTest {
    private static final String OWN = "Alice wrote this with a typo";
    private static final String BOBS = "Bob has something to say";

    private static final String REDRAFT = "Redraft me please";

    private HomeFixture fixture;
    private Stage stage;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // Deleting a post deletes its media, as on Hollo (audit A4): a redraft must keep copies.
        Sandbox sandbox =
                Sandbox.start(SandboxOptions.builder().deleteCascadesMedia(true).build());
        sandbox.postStatusAs("bob", BOBS);
        sandbox.postStatusAs("alice", OWN);
        // A post with a picture and a content warning, to redraft.
        MastodonApi alice = new social.woolly.core.api.MastodonClient(new okhttp3.OkHttpClient())
                .api(java.net.URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        Path png = Files.createTempFile("woolly-redraft", ".png");
        String mediaId;
        try {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            mediaId = alice.media()
                    .upload(png, "image/png", "A grey square", null)
                    .execute()
                    .attachment()
                    .id();
        } finally {
            Files.deleteIfExists(png);
        }
        // The sandbox processes an upload for a few polls, as Mastodon does.
        for (int poll = 0; poll < 20 && alice.media().get(mediaId).execute().processing(); poll++) {
            // Each GET is one step of processing.
        }
        alice.statuses()
                .create(
                        NewStatus.builder(REDRAFT)
                                .spoilerText("cw here")
                                .mediaIds(List.of(mediaId))
                                .build(),
                        "redraft-key")
                .execute();
        fixture = new HomeFixture(stage, sandbox, problems);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    private MastodonApi api() {
        return fixture.client.api(fixture.server, AccessToken.of(fixture.token));
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineRow> list(FxRobot robot) {
        return robot.from(stage.getScene().getRoot())
                .lookup("#" + TimelineView.LIST_ID)
                .queryAs(ListView.class);
    }

    private Optional<StatusItem> post(FxRobot robot, String text) {
        return list(robot).getItems().stream()
                .filter(r -> r instanceof TimelineRow.Post p
                        && p.item().shown().content().contains(text))
                .map(r -> ((TimelineRow.Post) r).item())
                .findFirst();
    }

    private StatusItem awaitPost(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.from(stage.getScene().getRoot())
                                .lookup("#" + TimelineView.LIST_ID)
                                .tryQuery()
                                .isPresent()
                        && post(robot, text).isPresent());
        return post(robot, text).orElseThrow();
    }

    private ContextMenu openMenu(FxRobot robot, StatusItem item) {
        robot.interact(() -> fixture.home.postMenu().show(item, list(robot), Double.NaN, Double.NaN));
        ContextMenu menu = fixture.home.postMenu().lastShown();
        assertThat(menu).isNotNull();
        return menu;
    }

    private Optional<Button> moreButton(FxRobot robot, StatusItem item) {
        return robot.from(stage.getScene().getRoot()).lookup(".timeline-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell
                        && cell.getItem() instanceof TimelineRow.Post p
                        && p.item() == item)
                .map(n -> n.lookup(".status-action-more"))
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst();
    }

    private static List<String> ids(ContextMenu menu) {
        return menu.getItems().stream()
                .map(MenuItem::getId)
                .filter(id -> id != null)
                .toList();
    }

    private static void choose(FxRobot robot, ContextMenu menu, String id) {
        MenuItem item = menu.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            menu.hide();
            item.fire();
        });
    }

    /** Presses the confirming button of the delete question, once it is showing. */
    private void confirm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> question().isPresent());
        DialogPane pane = question().orElseThrow();
        ButtonType yes = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(yes)).fire());
    }

    private Optional<DialogPane> question() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof Stage s && s.getOwner() == stage)
                .map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane p && p.getStyleClass().contains("status-more-confirm"))
                .map(DialogPane.class::cast)
                .findFirst();
    }

    private ComposerPanel composer() {
        return fixture.home.composerPanel();
    }

    @Test
    void menu_ownPost_offersEditAndDeletes_othersOnlyLinks(FxRobot robot) throws Exception {
        StatusItem own = awaitPost(robot, OWN);
        StatusItem bobs = awaitPost(robot, BOBS);

        // Through the post's own ⋯ button, as a person opens it.
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> moreButton(robot, own).isPresent());
        robot.interact(() -> moreButton(robot, own).orElseThrow().fire());
        ContextMenu ownMenu = fixture.home.postMenu().lastShown();
        assertThat(ownMenu).isNotNull();
        assertThat(ownMenu.isShowing()).isTrue();
        assertThat(ids(ownMenu))
                .containsExactly(
                        "status-more-edit",
                        "status-more-delete",
                        "status-more-redraft",
                        "status-more-copy",
                        "status-more-browser");
        PopupShot.save(stage, ownMenu, Path.of("/tmp/woolly-more-menu.png"));
        robot.interact(ownMenu::hide);

        ContextMenu bobsMenu = openMenu(robot, bobs);
        assertThat(ids(bobsMenu)).containsExactly("status-more-copy", "status-more-browser");
        robot.interact(bobsMenu::hide);
    }

    @Test
    void edit_loadsTheSource_andCtrlEnterSavesWithPut_inPlace(FxRobot robot) throws Exception {
        StatusItem own = awaitPost(robot, OWN);
        String id = own.shown().id();
        int before = fixture.sandbox.statusCount();

        choose(robot, openMenu(robot, own), "status-more-edit");

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> composer().viewModel().textProperty().get().equals(OWN));
        ComposeView view = composer().view();
        assertThat(robot.from(view)
                        .lookup("#" + ComposeView.TITLE_ID)
                        .queryLabeled()
                        .getText())
                .isEqualTo("Edit post");
        assertThat(robot.from(view)
                        .lookup("#" + ComposeView.POST_ID)
                        .queryButton()
                        .getText())
                .isEqualTo("Save");
        robot.interact(() -> composer().viewModel().textProperty().set("Alice wrote this without a typo"));
        robot.interact(view::focusText);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> api().statuses().source(id).execute().text().equals("Alice wrote this without a typo"));
        assertThat(fixture.sandbox.statusCount()).as("an edit, not a new post").isEqualTo(before);
        assertThat(fixture.sandbox.requests("/api/v1/statuses/" + id))
                .filteredOn(r -> r.method().equals("PUT"))
                .hasSize(1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> post(robot, "without a typo")
                        .map(p -> p.shown().id().equals(id))
                        .orElse(false));
        assertThat(post(robot, "with a typo")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void delete_afterConfirming_removesThePostFromServerAndTimeline(FxRobot robot) throws Exception {
        StatusItem own = awaitPost(robot, OWN);
        int before = fixture.sandbox.statusCount();

        choose(robot, openMenu(robot, own), "status-more-delete");
        confirm(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> post(robot, OWN).isEmpty());
        assertThat(fixture.sandbox.statusCount()).isEqualTo(before - 1);
        assertThat(post(robot, BOBS)).isPresent();
    }

    @Test
    void redraft_deletesAndOpensTextAndMediaInTheComposer(FxRobot robot) throws Exception {
        StatusItem post = awaitPost(robot, REDRAFT);

        choose(robot, openMenu(robot, post), "status-more-redraft");
        confirm(robot);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> composer().viewModel().textProperty().get().equals("Redraft me please"));
        assertThat(composer().viewModel().spoilerTextProperty().get()).isEqualTo("cw here");
        // The picture comes back as a copy to upload anew, with its description.
        assertThat(composer().viewModel().draft().media()).singleElement().satisfies(media -> {
            assertThat(media.isUploaded()).isFalse();
            assertThat(media.file()).isRegularFile();
            assertThat(media.file().getParent().getFileName()).hasToString(MediaFiles.FOLDER_NAME);
            assertThat(media.description()).isEqualTo("A grey square");
        });
        assertThat(composer().viewModel().editingProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> post(robot, "Redraft me please").isEmpty());
    }

    @Test
    void redraft_whenThePictureCannotBeCopied_keepsThePostAndSaysSo(FxRobot robot) throws Exception {
        StatusItem post = awaitPost(robot, REDRAFT);
        String url = post.shown().mediaAttachments().getFirst().url();
        fixture.sandbox.failNext(java.net.URI.create(url).getPath(), 404, "{\"error\":\"Record not found\"}");
        int before = fixture.sandbox.statusCount();

        choose(robot, openMenu(robot, post), "status-more-redraft");
        confirm(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !problems.isEmpty());
        assertThat(problems.getFirst()).startsWith("The post was not deleted: attachment 1 could not be copied");
        assertThat(fixture.sandbox.statusCount()).isEqualTo(before);
        assertThat(post(robot, REDRAFT)).isPresent();
    }
}
