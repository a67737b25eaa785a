package social.woolly.ui.status;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** A {@link LinkHandler} and {@link StatusActions} that write down what they were asked, for tests and the gallery. */
final class RecordingHandlers implements LinkHandler, StatusActions {

    final List<String> calls = new ArrayList<>();

    @Override
    public void openUrl(String url) {
        calls.add("url " + url);
    }

    @Override
    public void openProfile(Profile profile) {
        calls.add("profile " + profile.acct());
    }

    @Override
    public void openTag(String name) {
        calls.add("tag " + name);
    }

    @Override
    public void reply(StatusItem item) {
        calls.add("reply " + item.shown().id());
    }

    @Override
    public void reblog(StatusItem item) {
        calls.add("reblog " + item.shown().id());
    }

    @Override
    public void favourite(StatusItem item) {
        calls.add("favourite " + item.shown().id());
    }

    @Override
    public void bookmark(StatusItem item) {
        calls.add("bookmark " + item.shown().id());
    }

    @Override
    public void showMore(StatusItem item, Node anchor) {
        calls.add("more " + item.shown().id());
    }

    @Override
    public void vote(StatusItem item, List<Integer> choices) {
        calls.add("vote " + item.shown().id() + " " + choices);
    }

    @Override
    public void openMedia(StatusItem item, int index) {
        calls.add("media " + item.shown().id() + " " + index);
    }

    @Override
    public void openStatus(StatusItem item) {
        calls.add("status " + item.shown().id());
    }
}
