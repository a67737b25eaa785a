package social.woolly.ui.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.ui.thread.ThreadTreeTest.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.Context;
import social.woolly.core.model.Status;
import social.woolly.ui.status.StatusItemFactory;

/** Rows of a thread, and merging more replies into the rows shown (compatibility audit A6). */
class ThreadLayoutTest {
    private final StatusItemFactory items = new StatusItemFactory("https://snac.example");

    private ThreadLayout snacThread() {
        Status o = status("O", null);
        ThreadTree tree = ThreadTree.of(o, new Context(List.of(), List.of(status("C1", "O", 1), status("C2", "O"))));
        return ThreadLayout.of(tree, new ThreadRow(items.create(o), 0, true), items);
    }

    private static List<String> keys(List<ThreadRow> rows) {
        return rows.stream().map(ThreadRow::key).toList();
    }

    @Test
    void insertInto_afterAMerge_addsTheNewRowAndKeepsTheRowsShown() {
        ThreadLayout layout = snacThread();
        List<ThreadRow> shown = new ArrayList<>(layout.rows());

        ThreadLayout merged = layout.with(new Context(List.of(), List.of(status("D1", "C1"))), items);
        boolean inserted = merged.insertInto(shown);

        assertThat(inserted).isTrue();
        assertThat(keys(shown)).containsExactly("O", "C1", "D1", "C2");
        assertThat(shown.get(1)).isSameAs(layout.rows().get(1));
        assertThat(shown.get(2).depth()).isEqualTo(2);
        assertThat(merged.rows().get(1).item()).isSameAs(layout.rows().get(1).item());
    }

    @Test
    void insertInto_rowsInAnotherOrder_changesNothing() {
        ThreadLayout layout = snacThread();
        List<ThreadRow> shown = new ArrayList<>(layout.rows().reversed());

        boolean inserted = layout.insertInto(shown);

        assertThat(inserted).isFalse();
        assertThat(keys(shown)).containsExactly("C2", "C1", "O");
    }
}
