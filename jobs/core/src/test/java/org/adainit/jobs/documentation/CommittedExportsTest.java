package org.adainit.jobs.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed exports under notebooks-export/ (pages, notebooks, figures) as someone on another machine opens
 * them: they name no folder of the machine that made them, such as the datasets folder or the checkout.
 */
class CommittedExportsTest {

    private static final Path EXPORTS = CodeMapTest.ROOT.resolve("notebooks-export");

    @Test
    void noExportedFileHoldsAnAbsolutePathOfThisMachine() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXPORTS)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(html|ipynb|svg|md)$"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 4, "the two reports' pages and notebooks: " + files);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String folder : MachinePaths.folders()) {
                if (text.contains(folder)) {
                    found.add(CodeMapTest.ROOT.relativize(file) + " holds " + folder);
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
