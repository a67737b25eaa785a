package social.woolly.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's JVM options live in packaging/jvm-options (read by the installers and the soak)
 * and are repeated in pom.xml for javafx:run: the two must not drift apart, or the figures
 * measured would not be the app people run.
 */
class LauncherOptionsTest {
    private static final Pattern JVM_OPTION = Pattern.compile("<option>(-[XD][^<]*)</option>");

    @Test
    void javafxRun_passesExactlyThePackagedJvmOptions() throws IOException {
        List<String> packaged = Files.readAllLines(Path.of("packaging/jvm-options")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        Matcher options = JVM_OPTION.matcher(Files.readString(Path.of("pom.xml")));
        List<String> inPom = options.results().map(m -> m.group(1)).toList();

        assertThat(packaged).isNotEmpty();
        assertThat(inPom).containsExactlyElementsOf(packaged);
    }
}
