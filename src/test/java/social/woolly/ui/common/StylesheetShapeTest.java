package social.woolly.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * app.css is edited in many places at once: a rule left open makes JavaFX read the next rule's
 * selector as a property and drop it, without a warning (it happened in a merge). Every rule
 * must close before the next opens.
 */
class StylesheetShapeTest {

    @Test
    void appCss_everyRuleClosesBeforeTheNextOpens() throws IOException {
        String css;
        try (InputStream in = StylesheetShapeTest.class.getResourceAsStream("/social/woolly/ui/app.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(problems(css)).isEmpty();
    }

    @Test
    void problems_aRuleLeftOpen_isFound() {
        assertThat(problems(".a {\n/* comment */\n.b {\n  -fx-padding: 0;\n}\n"))
                .hasSize(2);
    }

    /** Braces out of place, by line: a rule opened inside a rule, a stray close, one left open. */
    static List<String> problems(String css) {
        List<String> found = new ArrayList<>();
        int depth = 0;
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                line += (int)
                        css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end - 1;
            } else if (c == '\n') {
                line++;
            } else if (c == '{') {
                if (depth > 0) {
                    found.add("line " + line + ": a rule opens inside another");
                }
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    found.add("line " + line + ": a close without an open");
                } else {
                    depth--;
                }
            }
        }
        if (depth > 0) {
            found.add("the end: " + depth + " rule(s) left open");
        }
        return found;
    }
}
