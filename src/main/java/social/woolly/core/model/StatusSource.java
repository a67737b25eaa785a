package social.woolly.core.model;

/**
 * A status's text as its author typed it, for editing.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/StatusSource/">StatusSource</a>
 */
public record StatusSource(String id, String text, String spoilerText) {
    public StatusSource {
        id = Missing.text(id);
        text = Missing.text(text);
        spoilerText = Missing.text(spoilerText);
    }
}
