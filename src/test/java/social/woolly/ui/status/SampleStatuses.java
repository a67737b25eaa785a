package social.woolly.ui.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Json;
import social.woolly.core.model.Status;

/**
 * Varied posts for the status view's tests and gallery: plain, warned, boosted, with media, polls,
 * cards and quotes, and hostile ones (missing avatar, absurd counts, 1 MB of text, unknown media,
 * markup in names, a broken image). Image URLs point at {@code https://img.test/…}, which {@link
 * SampleImages} answers.
 */
final class SampleStatuses {

    static final String LINK_URL = "https://example.org/articles/woolly-mammoths-return";

    private final Instant now;
    private int nextId = 1000;

    SampleStatuses(Instant now) {
        this.now = now;
    }

    /** One of each kind, in gallery order. */
    List<Status> all() {
        List<Status> all = new ArrayList<>();
        all.add(plain());
        all.add(boostWithMedia());
        all.add(contentWarning());
        all.add(openPoll());
        all.add(card());
        all.add(quote());
        all.add(sensitiveFourImages());
        all.add(formatted());
        all.add(closedPoll());
        all.add(movingMedia());
        all.add(filtered());
        all.add(rightToLeft());
        all.add(hostile());
        all.add(huge());
        return all;
    }

    Status plain() {
        return plain(true);
    }

    /** The same post each time (same id and text), favourited or not. */
    Status plain(boolean favourited) {
        nextId = 1000;
        return status(
                account("1", "fern", "Fern :blobfox:", "https://img.test/avatar/fern.png", emoji("blobfox")),
                "<p>Seedlings are finally up! Thanks <span class=\"h-card\"><a href=\"https://lichen.example/@moss\""
                        + " class=\"u-url mention\">@<span>moss</span></a></span> for the tip about bottom"
                        + " heat :blobfox: <a href=\"https://woolly.test/tags/gardening\" class=\"mention hashtag\""
                        + " rel=\"tag\">#<span>gardening</span></a></p><p>Notes are here: <a href=\""
                        + LINK_URL + "\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://"
                        + "</span><span class=\"ellipsis\">example.org/articles/woolly-mam</span><span class=\"invisible\">"
                        + "moths-return</span></a></p>",
                """
                "visibility": "public", "edited_at": "%s", "favourited": %s,
                "replies_count": 3, "reblogs_count": 12, "favourites_count": 48,
                "emojis": [%s],
                "mentions": [{"id": "2", "username": "moss", "acct": "moss@lichen.example", "url": "https://lichen.example/@moss"}],
                "tags": [{"name": "gardening", "url": "https://woolly.test/tags/gardening"}]
                """.formatted(ago(Duration.ofMinutes(3)), favourited, emoji("blobfox")),
                Duration.ofMinutes(4));
    }

    Status boostWithMedia() {
        String inner = json(
                account("3", "aurora", "Aurora Lindqvist", "https://img.test/avatar/aurora.png", ""),
                "<p>Northern lights over the fjord last night. No filter, just a very cold tripod.</p>",
                """
                "visibility": "unlisted", "reblogs_count": 1204, "favourites_count": 5312, "replies_count": 87,
                "reblogged": true,
                "media_attachments": [%s, %s]
                """.formatted(
                        image("a1", "aurora-1", 1.5, "LEHV6nWB2yk8pyo0adR*.7kCMdnj", "Green aurora above a fjord"),
                        image("a2", "aurora-2", 1.0, "LGF5]+Yk^6#M@-5c,1J5@[or[Q6.", null)),
                Duration.ofHours(2));
        return reblog(account("2", "moss", "Moss 🌿", "https://img.test/avatar/moss.png", ""), inner);
    }

    Status contentWarning() {
        return status(
                account("4", "quill", "Quill", "https://img.test/avatar/quill.png", ""),
                "<p>The finale was wonderful: the lighthouse keeper was the narrator all along.</p>",
                """
                "spoiler_text": "Spoilers for The Lighthouse, season finale", "sensitive": true,
                "favourites_count": 9
                """,
                Duration.ofHours(5));
    }

    Status openPoll() {
        return status(
                account("5", "pollster", "Weekend Question", "https://img.test/avatar/pollster.png", ""),
                "<p>What should the next Woolly release focus on?</p>",
                """
                "replies_count": 14, "reblogs_count": 3, "favourites_count": 21,
                "poll": {"id": "p1", "expires_at": "%s", "expired": false, "multiple": false, "votes_count": 184,
                  "voters_count": 184, "voted": false, "own_votes": [],
                  "options": [{"title": "Speed", "votes_count": 88}, {"title": "Notifications", "votes_count": 61},
                              {"title": "Lists and filters", "votes_count": 35}], "emojis": []}
                """.formatted(now.plus(Duration.ofHours(30))),
                Duration.ofMinutes(42));
    }

    Status closedPoll() {
        return status(
                account("5", "pollster", "Weekend Question", "https://img.test/avatar/pollster.png", ""),
                "<p>Tea or coffee while coding?</p>",
                """
                "poll": {"id": "p2", "expires_at": "%s", "expired": true, "multiple": true, "votes_count": 412,
                  "voters_count": 300, "voted": true, "own_votes": [0],
                  "options": [{"title": "Tea", "votes_count": 201}, {"title": "Coffee", "votes_count": 176},
                              {"title": "Water :blobfox:", "votes_count": 35}],
                  "emojis": [%s]}
                """.formatted(ago(Duration.ofDays(1)), emoji("blobfox")),
                Duration.ofDays(3));
    }

    Status card() {
        return status(
                account("6", "news", "The Fediverse Times", "https://img.test/avatar/news.png", ""),
                "<p>Woolly mammoths could walk the tundra again by 2028, scientists say. <a href=\"" + LINK_URL
                        + "\">example.org/articles/woolly-mam…</a></p>",
                """
                "reblogs_count": 45, "favourites_count": 130,
                "card": {"url": "%s", "title": "The return of the woolly mammoth",
                  "description": "A look at the labs trying to bring back the giants of the ice age, and what it would mean for the Arctic.",
                  "type": "link", "provider_name": "Example News", "image": "https://img.test/media/card.png",
                  "width": 640, "height": 360, "blurhash": "L6PZfSi_.AyE_3t7t7R**0o#DgR4"}
                """.formatted(LINK_URL),
                Duration.ofHours(9));
    }

    Status quote() {
        String quoted = json(
                account("3", "aurora", "Aurora Lindqvist", "https://img.test/avatar/aurora.png", ""),
                "<p>Reminder that the best camera is the one you have with you. Most of my favourite shots"
                        + " were taken on an old phone.</p>",
                "\"media_attachments\": [" + image("q1", "aurora-1", 1.5, null, null) + "]",
                Duration.ofDays(2));
        return status(
                account("7", "lens", "Lena", "https://img.test/avatar/lens.png", ""),
                "<p>Could not agree more.</p>",
                "\"quote\": {\"state\": \"accepted\", \"quoted_status\": " + quoted + "}",
                Duration.ofHours(1));
    }

    Status sensitiveFourImages() {
        return status(
                account("3", "aurora", "Aurora Lindqvist", "https://img.test/avatar/aurora.png", ""),
                "<p>Dissection photos from today's biology lab.</p>",
                """
                "sensitive": true,
                "media_attachments": [%s, %s, %s, %s, %s]
                """.formatted(
                                image("s1", "lab-1", 1.33, "LKN]Rv%2Tw=w]~RBVZRi};RPxuwH", "Lab bench"),
                                image("s2", "lab-2", 1.33, "LEHV6nWB2yk8pyo0adR*.7kCMdnj", null),
                                image("s3", "lab-3", 1.33, "LGF5]+Yk^6#M@-5c,1J5@[or[Q6.", null),
                                image("s4", "lab-4", 1.33, "L6PZfSi_.AyE_3t7t7R**0o#DgR4", null),
                                image("s5", "lab-5", 1.33, "L6PZfSi_.AyE_3t7t7R**0o#DgR4", null)),
                Duration.ofDays(12));
    }

    Status formatted() {
        return status(
                account("8", "dev", "Sam Devlin", "https://img.test/avatar/dev.png", ""),
                "<p>Release notes for <strong>0.4</strong>, <em>finally</em>:</p><ul><li>faster timelines</li>"
                        + "<li>custom emoji in names</li><li><del>bugs</del> features</li></ul>"
                        + "<blockquote><p>Make it work, make it right, make it fast.</p></blockquote>"
                        + "<pre><code>./mvnw -B verify</code></pre>",
                """
                "in_reply_to_id": "900", "in_reply_to_account_id": "8", "visibility": "private"
                """,
                Duration.ofDays(400));
    }

    Status movingMedia() {
        return status(
                account("9", "clips", "Clip Club", "https://img.test/avatar/clips.png", ""),
                "<p>Three kinds of moving things.</p>",
                """
                "media_attachments": [
                  {"id": "v1", "type": "video", "url": "https://img.test/media/v.mp4", "preview_url": "https://img.test/media/video.png",
                   "meta": {"small": {"width": 640, "height": 360, "aspect": 1.777}}, "description": "A cat jumping"},
                  {"id": "v2", "type": "gifv", "url": "https://img.test/media/g.mp4", "preview_url": "https://img.test/media/gif.png"},
                  {"id": "v3", "type": "audio", "url": "https://img.test/media/a.mp3", "preview_url": null}
                ],
                "in_reply_to_id": "901", "in_reply_to_account_id": "2",
                "mentions": [{"id": "2", "username": "moss", "acct": "moss@lichen.example", "url": "https://lichen.example/@moss"}]
                """,
                Duration.ofSeconds(20));
    }

    Status filtered() {
        return status(
                account("10", "sports", "Match Day", "https://img.test/avatar/sports.png", ""),
                "<p>What a goal in the 90th minute!</p>",
                """
                "filtered": [{"filter": {"id": "f1", "title": "Football", "context": ["home"], "filter_action": "warn"},
                  "keyword_matches": ["goal"], "status_matches": []}]
                """,
                Duration.ofMinutes(15));
    }

    Status rightToLeft() {
        return status(
                account("11", "noa", "נועה", "https://img.test/avatar/noa.png", ""),
                "<p>שלום לכולם! זה פוסט בעברית עם <a href=\"https://woolly.test/tags/פדיברס\" class=\"mention hashtag\""
                        + " rel=\"tag\">#<span>פדיברס</span></a></p><p>And an English paragraph after it.</p>",
                """
                "visibility": "direct", "language": "he",
                "tags": [{"name": "פדיברס", "url": "https://woolly.test/tags/פדיברס"}]
                """,
                Duration.ofHours(20));
    }

    /** Broken in every way the model allows. */
    Status hostile() {
        return status(
                account("12", "<script>alert(1)</script>", "<b>Not bold</b> & <i>not</i> italic", null, ""),
                "<p>Counts from another galaxy <script>alert('x')</script><a href=\"javascript:alert(1)\">click</a>"
                        + " <img src=\"https://img.test/x.png\" onerror=\"alert(1)\"></p>",
                """
                "replies_count": 2147483647, "reblogs_count": 12345678, "favourites_count": -5,
                "visibility": "local",
                "media_attachments": [
                  {"id": "h1", "type": "hologram", "url": "https://img.test/media/thing.holo", "preview_url": null},
                  {"id": "h2", "type": "image", "url": "https://img.test/broken.png", "preview_url": "https://img.test/broken.png",
                   "blurhash": "this is not a blurhash"},
                  {"id": "h3", "type": "image", "url": "javascript:alert(1)", "preview_url": "file:///etc/passwd", "blurhash": ""}
                ],
                "card": {"url": "javascript:alert(1)", "title": "", "description": "", "type": "video", "image": "data:image/png;base64,AAAA"},
                "poll": {"id": "p3", "expires_at": null, "expired": false, "multiple": false, "votes_count": 0,
                  "voted": null, "options": [{"title": null, "votes_count": null}], "emojis": null},
                "quote": {"state": "revoked", "quoted_status": null, "quoted_status_id": "q404"}
                """,
                Duration.ofDays(-1));
    }

    /** A megabyte of text: the parser cuts it, the list must not notice. */
    Status huge() {
        String paragraph = "<p>" + "All work and no play makes Jack a dull boy. ".repeat(40) + "</p>";
        return status(
                account("13", "jack", "Jack", "https://img.test/avatar/jack.png", ""),
                paragraph.repeat(1_048_576 / paragraph.length() + 1),
                "\"favourites_count\": 1",
                Duration.ofDays(30));
    }

    /** {@code count} plain posts with different text, for scrolling. */
    List<Status> many(int count) {
        List<Status> many = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            many.add(status(
                    account(
                            "u" + i % 7,
                            "user" + i % 7,
                            "User " + i % 7,
                            "https://img.test/avatar/u" + i % 7 + ".png",
                            ""),
                    "<p>Post number " + i + (i % 3 == 0 ? ". " + "A longer line of text that wraps. ".repeat(4) : "")
                            + "</p>",
                    "\"favourites_count\": " + i,
                    Duration.ofMinutes(i)));
        }
        return many;
    }

    Status status(String account, String content, String extra, Duration age) {
        String json = json(account, content, extra, age);
        try {
            return Json.read(json, Status.class);
        } catch (ApiException.BadResponse e) {
            throw new IllegalStateException("bad sample JSON: " + json, e);
        }
    }

    String json(String account, String content, String extra, Duration age) {
        String json =
                """
                {"id": "%s", "created_at": "%s", "url": "https://woolly.test/@x/%s", "account": %s,
                 "content": %s, "visibility": "public", %s}
                """.formatted(nextId, ago(age), nextId, account, quoted(content), extra.isBlank() ? "\"x\": 0" : extra);
        nextId++;
        return json;
    }

    private Status reblog(String account, String inner) {
        return status(account, "", "\"reblog\": " + inner, Duration.ofMinutes(30));
    }

    static String account(String id, String username, String displayName, String avatar, String emojis) {
        return """
                {"id": "%s", "username": %s, "acct": %s, "display_name": %s, "avatar": %s,
                 "avatar_static": %s, "url": "https://woolly.test/@%s", "emojis": [%s]}
                """.formatted(
                        id,
                        quoted(username),
                        quoted(username),
                        quoted(displayName),
                        avatar == null ? "null" : quoted(avatar),
                        avatar == null ? "null" : quoted(avatar),
                        id,
                        emojis);
    }

    static String emoji(String shortcode) {
        return """
                {"shortcode": "%s", "url": "https://img.test/emoji/%s.png", "static_url": "https://img.test/emoji/%s.png",
                 "visible_in_picker": true}
                """.formatted(shortcode, shortcode, shortcode);
    }

    static String image(String id, String name, double aspect, String blurhash, String description) {
        return """
                {"id": "%s", "type": "image", "url": "https://img.test/media/%s.png",
                 "preview_url": "https://img.test/media/%s.png",
                 "meta": {"original": {"width": %d, "height": 1000, "aspect": %s}, "small": {"aspect": %s}},
                 "description": %s, "blurhash": %s}
                """.formatted(
                        id,
                        name,
                        name,
                        Math.round(aspect * 1000),
                        aspect,
                        aspect,
                        description == null ? "null" : quoted(description),
                        blurhash == null ? "null" : quoted(blurhash));
    }

    private String ago(Duration age) {
        return now.minus(age).toString();
    }

    static String quoted(String text) {
        return Json.gson().toJson(text);
    }
}
