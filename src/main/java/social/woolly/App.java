package social.woolly;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Composition root: builds every service and view and wires them; holds no logic. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Woolly");
        stage.setScene(new Scene(new Label("Woolly"), 960, 640));
        stage.show();
    }
}
