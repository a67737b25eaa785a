package social.woolly.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose edits inside {@link #batch(Runnable)} reach listeners as ONE change: a
 * batch of streamed posts makes the ListView re-measure once, not once per post. FX thread only.
 */
final class BatchedList<E> extends ModifiableObservableListBase<E> {
    private final List<E> items = new ArrayList<>();

    /** Runs {@code edits}; listeners hear about all of them together when it returns. */
    void batch(Runnable edits) {
        beginChange();
        try {
            edits.run();
        } finally {
            endChange();
        }
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, E element) {
        items.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return items.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return items.remove(index);
    }
}
