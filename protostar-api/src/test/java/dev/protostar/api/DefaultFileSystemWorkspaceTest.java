package dev.protostar.api;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The workspace contract on the default file system, in a fresh temporary folder. */
class DefaultFileSystemWorkspaceTest extends WorkspaceContract {

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    @Override
    protected Workspace newWorkspace() {
        return Workspace.at(folder);
    }

    @Override
    protected Optional<Path> expectedLocalDirectory() {
        return Optional.of(folder.toAbsolutePath().normalize());
    }

    @Override
    protected boolean supportsNonAsciiNames() {
        // File names are encoded with sun.jnu.encoding, which follows the locale (ASCII under LANG=C).
        String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        return Charset.forName(encoding).newEncoder().canEncode("dönüş文件ß");
    }

    @Override
    protected Optional<Path> linkToAFolderOutside(String link) throws Exception {
        Files.createDirectories(elsewhere.resolve("data"));
        Files.writeString(elsewhere.resolve("data/kept.txt"), "kept");
        Files.createSymbolicLink(folder.resolve(link), elsewhere);
        return Optional.of(elsewhere);
    }
}
