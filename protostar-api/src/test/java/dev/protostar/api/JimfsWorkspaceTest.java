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

    @Override
    protected Workspace newWorkspace() throws Exception {
        fileSystem = Jimfs.newFileSystem(UNIX_WITH_POSIX);
        Path root = Files.createDirectories(fileSystem.getPath("/home/user/project"));
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
}
