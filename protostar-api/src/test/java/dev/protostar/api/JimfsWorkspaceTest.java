package dev.protostar.api;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The workspace contract on Jimfs, a non-default file system that keeps POSIX permissions. */
class JimfsWorkspaceTest extends WorkspaceContract {

    static final Configuration UNIX_WITH_POSIX =
            Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build();

    private FileSystem fileSystem;
    private Path root;

    @Override
    protected Workspace newWorkspace() throws Exception {
        fileSystem = Jimfs.newFileSystem(UNIX_WITH_POSIX);
        root = Files.createDirectories(fileSystem.getPath("/home/user/project"));
        return Workspace.at(root);
    }

    @AfterEach
    void closeFileSystem() throws Exception {
        fileSystem.close();
    }

    @Override
    protected Optional<Path> expectedLocalDirectory() {
        return Optional.empty();
    }

    @Override
    protected Optional<Path> linkToAFolderOutside(String link) throws Exception {
        Path elsewhere = Files.createDirectories(fileSystem.getPath("/home/user/elsewhere/data")).getParent();
        Files.writeString(elsewhere.resolve("data/kept.txt"), "kept");
        Files.createSymbolicLink(root.resolve(link), fileSystem.getPath("../elsewhere"));
        return Optional.of(elsewhere);
    }
}
