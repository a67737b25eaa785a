package social.woolly.ui.timeline;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.Icons;
import social.woolly.ui.common.LoadStates;
import social.woolly.ui.status.StatusViewContext;
import social.woolly.ui.timeline.TimelineViewModel.Phase;

/**
 * A timeline on screen: the list of posts, a spinner while the first page loads, the error in
 * place when it fails, a quiet notice when a later load fails, and the "N new posts" pill. Keeps
 * the post being read in place when new ones arrive above it. Binds to a {@link TimelineViewModel}.
 */
public final class TimelineView extends StackPane {
    public static final String LIST_ID = "timeline-list";
    public static final String PILL_ID = "timeline-new-posts";
    public static final String ERROR_ID = "timeline-error";

    private final TimelineViewModel viewModel;
    private final ListView<TimelineRow> list = new ListView<>();
    /** Every cell the list made (weakly: the flow drops its cells when it recreates them). */
    private final Set<TimelineCell> cells = Collections.newSetFromMap(new WeakHashMap<>());

    private @Nullable String topKey;
    private double topOffset;
    private boolean keepPending;
    private @Nullable String jumpKey;

    public TimelineView(TimelineViewModel viewModel, StatusViewContext context, ResourceBundle text) {
        this.viewModel = viewModel;
        list.setId(LIST_ID);
        list.getStyleClass().addAll("timeline-list", Styles.DENSE);
        list.setItems(viewModel.rows());
        list.setCellFactory(_ -> {
            TimelineCell cell = new TimelineCell(context, text, viewModel::fillGap, viewModel::loadOlder);
            cells.add(cell);
            return cell;
        });
        list.setFocusTraversable(true);
        Label empty = new Label(text.getString("timeline.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        TimelineKeys keys = new TimelineKeys(list, viewModel, context.actions());
        list.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        list.addEventFilter(KeyEvent.KEY_TYPED, keys);
        // The list lays itself out by index: rows inserted above would move what is being read. Point
        // the flow at the row's new index before that layout (so cells are bound once, to the right
        // posts), and fix the last pixels after it.
        viewModel.rows().addListener((ListChangeListener<TimelineRow>) change -> rowsChanged());
        Runnable afterLayout = this::afterLayout;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
                // Shown again (a thread covered it): the flow measures its cells anew, which can
                // move it, so put the row being read back where it was.
                keepPending = topKey != null;
            }
        });

        viewModel.jumpToProperty().addListener((o, was, key) -> jumpTo(key));
        getStyleClass().add("timeline");
        getChildren()
                .addAll(
                        list,
                        LoadStates.spinner(viewModel.phaseProperty().isEqualTo(Phase.LOADING)),
                        LoadStates.failure(
                                ERROR_ID,
                                viewModel.errorProperty(),
                                text.getString("timeline.retry"),
                                viewModel::refresh,
                                viewModel.phaseProperty().isEqualTo(Phase.FAILED)),
                        notice(viewModel, text),
                        pill(text));
    }

    /** Gives the list the keyboard focus (j/k, f, b, F5 …). */
    public void focusList() {
        list.requestFocus();
    }

    public ListView<TimelineRow> list() {
        return list;
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    private static Label notice(TimelineViewModel viewModel, ResourceBundle text) {
        Label notice = new Label();
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        notice.getStyleClass().add("timeline-notice");
        notice.setOnMouseClicked(e -> viewModel.dismissNotice());
        notice.setAccessibleHelp(text.getString("timeline.notice.dismiss"));
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        LoadStates.bindVisible(notice, viewModel.noticeProperty().isNotEmpty());
        return notice;
    }

    private Button pill(ResourceBundle text) {
        Button pill = new Button();
        pill.setId(PILL_ID);
        pill.setGraphic(Icons.arrowUp());
        pill.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> MessageFormat.format(
                                text.getString("timeline.newPosts"),
                                viewModel.newPostsProperty().get()),
                        viewModel.newPostsProperty()));
        pill.getStyleClass().addAll(Styles.ACCENT, Styles.ROUNDED, "timeline-pill");
        pill.setOnAction(e -> {
            keepPending = false;
            topKey = null;
            list.scrollTo(0);
            if (!viewModel.rows().isEmpty()) {
                viewModel.setAnchor(viewModel.rows().getFirst().key());
            }
        });
        StackPane.setAlignment(pill, Pos.TOP_CENTER);
        LoadStates.bindVisible(pill, viewModel.newPostsProperty().greaterThan(0));
        return pill;
    }

    private void afterLayout() {
        if (finishJump()) {
            return;
        }
        if (keepPending) {
            keepPending = false;
            keepReadingPosition();
        } else {
            rememberTop();
        }
    }

    private void jumpTo(String key) {
        int index = viewModel.indexOfKey(key);
        if (index >= 0) {
            keepPending = false;
            jumpKey = key;
            list.scrollTo(index);
        }
    }

    /** Puts the jump target at the very top once the list has cells to measure (after layout). */
    private boolean finishJump() {
        String key = jumpKey;
        VirtualFlow<?> flow = flow();
        if (key == null || flow == null || flow.getFirstVisibleCell() == null) {
            return key != null;
        }
        int index = viewModel.indexOfKey(key);
        if (index < 0 || flow.getFirstVisibleCell().getIndex() == index) {
            jumpKey = null;
            return false;
        }
        flow.scrollToTop(index);
        return true;
    }

    /** Notes which row is at the top of the viewport and how far it is scrolled, and tells the model. */
    private void rememberTop() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first == null
                || first.getIndex() < 0
                || first.getIndex() >= viewModel.rows().size()) {
            return;
        }
        String key = viewModel.rows().get(first.getIndex()).key();
        topOffset = first.getLayoutY();
        if (!key.equals(topKey)) {
            topKey = key;
            viewModel.setAnchor(key);
        }
    }

    private void rowsChanged() {
        followRows();
        String key = topKey;
        VirtualFlow<?> flow = flow();
        if (key == null || jumpKey != null) {
            return;
        }
        keepPending = true;
        int index = viewModel.indexOfKey(key);
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (flow != null && index > 0 && (first == null || first.getIndex() != index)) {
            // Only moves the flow's position; the cells follow in the coming layout.
            flow.scrollToTop(index);
        }
    }

    /**
     * Gives each cell the new index of the row it shows. This listener hears of a change before the
     * cells do (it was added first); without it, every cell at or below the change re-reads the row
     * now at its old index and binds to another post: a full bind, new text nodes and their CSS for
     * every visible cell, on every batch of streamed posts. With it, a cell keeps its post and its
     * nodes, and the flow finds it again by index when it lays out.
     */
    private void followRows() {
        int shift = 0;
        for (TimelineCell cell : cells) {
            int was = cell.getIndex();
            if (was < 0 || cell.isEmpty() || !(cell.getItem() instanceof TimelineRow row)) {
                continue;
            }
            int now = was + shift;
            if (now < 0
                    || now >= viewModel.rows().size()
                    || !viewModel.rows().get(now).key().equals(row.key())) {
                now = viewModel.indexOfKey(row.key());
            }
            if (now >= 0) {
                shift = now - was;
            }
            if (now != was) {
                cell.updateIndex(now);
            }
        }
    }

    /** After rows change above the one being read, scrolls so that it stays where it was. */
    private void keepReadingPosition() {
        VirtualFlow<?> flow = flow();
        String key = topKey;
        if (flow == null || key == null) {
            return;
        }
        int index = viewModel.indexOfKey(key);
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (index <= 0 || first == null) {
            return;
        }
        if (first.getIndex() == index) {
            double off = first.getLayoutY() - topOffset;
            if (Math.abs(off) >= 0.5) {
                flow.scrollPixels(off);
            }
            return;
        }
        flow.scrollToTop(index);
        flow.scrollPixels(-topOffset);
    }

    private @Nullable VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }
}
