package social.woolly.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
    @TempDir
    Path dir;

    @Test
    void put_thenGet_returnsSecret_fromAFreshInstance() throws Exception {
        new FileTokenStore(dir.resolve("secrets")).put("token:alice@host", "s3cr3t=/+");

        assertThat(new FileTokenStore(dir.resolve("secrets")).get("token:alice@host"))
                .contains("s3cr3t=/+");
    }

    @Test
    void put_createsFileOnlyTheOwnerCanRead() throws Exception {
        Path file = dir.resolve("sub/secrets");
        new FileTokenStore(file).put("k", "v");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void delete_removesOnlyThatKey_andMissingKeyIsFine() throws Exception {
        FileTokenStore store = new FileTokenStore(dir.resolve("secrets"));
        store.put("a", "1");
        store.put("b", "2");

        store.delete("a");
        store.delete("never-there");

        assertThat(store.get("a")).isEmpty();
        assertThat(store.get("b")).contains("2");
        assertThat(Files.readString(dir.resolve("secrets"))).doesNotContain("a=1");
    }

    @Test
    void get_withoutFile_isEmpty() throws Exception {
        assertThat(new FileTokenStore(dir.resolve("none")).get("k")).isEmpty();
        assertThat(new FileTokenStore(dir.resolve("none")).kind()).isEqualTo(TokenStore.Kind.FILE);
    }

    @Test
    void write_leavesNoTempFilesBehind() throws Exception {
        FileTokenStore store = new FileTokenStore(dir.resolve("secrets"));
        store.put("a", "1");
        store.put("a", "2");

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("secrets");
        }
    }
}
