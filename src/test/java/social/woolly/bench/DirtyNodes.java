package social.woolly.bench;

import java.lang.reflect.Field;
import java.util.OptionalInt;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/**
 * For {@code --diagnose}: how many nodes wait in a scene's dirty list for the next pulse, which is
 * also what that list keeps from the garbage collector until then (removed nodes included). Reads
 * JavaFX's private {@code Scene.dirtyNodesSize}, so only with {@code --add-opens
 * javafx.graphics/javafx.scene=ALL-UNNAMED}; unsynchronized, from any thread: a diagnostic, not a
 * measurement.
 */
final class DirtyNodes {
    private final Scene scene;
    private final @Nullable Field size;

    private DirtyNodes(Scene scene, @Nullable Field size) {
        this.scene = scene;
        this.size = size;
    }

    static DirtyNodes of(Scene scene) {
        try {
            Field field = Scene.class.getDeclaredField("dirtyNodesSize");
            field.setAccessible(true);
            return new DirtyNodes(scene, field);
        } catch (ReflectiveOperationException | RuntimeException notOpened) {
            return new DirtyNodes(scene, null);
        }
    }

    OptionalInt count() {
        Field field = size;
        if (field == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(field.getInt(scene));
        } catch (IllegalAccessException e) {
            return OptionalInt.empty();
        }
    }
}
