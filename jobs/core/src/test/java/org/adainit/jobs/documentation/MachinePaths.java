package org.adainit.jobs.documentation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Folders that exist only on the machine running the tests; committed text must name none of them. */
final class MachinePaths {

    private MachinePaths() {}

    /**
     * The folder holding the checkout (the checkout itself when it sits at the root), the home folder and the datasets
     * folder of {@code ADAINIT_DATA_DIR}.
     */
    static List<String> folders() {
        List<String> folders = new ArrayList<>();
        folders.add(folderAbove(CodeMapTest.ROOT));
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
        if (home.getNameCount() > 0) {
            folders.add(folderPrefix(home));
        }
        String dataDirectory = System.getenv("ADAINIT_DATA_DIR");
        if (dataDirectory != null && Path.of(dataDirectory).isAbsolute()) {
            folders.add(Path.of(dataDirectory).normalize().toString());
        }
        return folders;
    }

    private static String folderAbove(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return folderPrefix(absolute.getNameCount() > 1 ? absolute.getParent() : absolute);
    }

    private static String folderPrefix(Path folder) {
        return folder.toAbsolutePath().normalize() + "/";
    }
}
