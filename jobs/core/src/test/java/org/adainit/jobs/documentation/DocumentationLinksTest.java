package org.adainit.jobs.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the docs/ pages as a newcomer follows them: every relative link reaches a file of the checkout (and,
 * with a #fragment, a heading of that page), and no page holds an absolute path of the machine it was written on.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#+ (.+)$");

    @Test
    void everyRelativeLinkReachesAFileAndItsHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty() ? page : page.getParent().resolve(parts[0]).normalize();
                if (!Files.exists(file)) {
                    broken.add(CodeMapTest.ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (parts.length == 2 && !anchors(file).contains(parts[1])) {
                    broken.add(CodeMapTest.ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeLinksEveryDocsPage() throws IOException {
        String readme = Files.readString(CodeMapTest.ROOT.resolve("README.md"));
        for (Path page : pages()) {
            if (page.getParent().equals(CodeMapTest.ROOT.resolve("docs"))) {
                assertTrue(readme.contains("](docs/" + page.getFileName() + ")"), "README links " + page.getFileName());
            }
        }
    }

    @Test
    void noPageHoldsAnAbsolutePathOfThisMachine() throws IOException {
        for (Path page : pages()) {
            String text = Files.readString(page);
            for (String folder : MachinePaths.folders()) {
                assertFalse(text.contains(folder), page + " holds a path under " + folder);
            }
        }
    }

    @Test
    void anchorsFollowGitHubsHeadingIds() {
        assertEquals("looking-at-a-cell-diagnose", anchor("Looking at a cell: `diagnose`"));
        assertEquals("the-shipped-grids", anchor("The shipped grids"));
        assertEquals("shape-probe-the-papers-table-2", anchor("Shape probe (the paper's Table 2)"));
        assertEquals("mcclean_slopes", anchor("`mcclean_slopes`"));
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(CodeMapTest.ROOT.resolve("README.md"),
                CodeMapTest.ROOT.resolve("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(CodeMapTest.ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The folder holding {@code path} (the path itself when that folder is the root), as a prefix of what it holds. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(page)) {
            inCode ^= line.startsWith("```");
            Matcher heading = HEADING.matcher(line);
            if (!inCode && heading.find()) {
                anchors.add(anchor(heading.group(1)));
            }
        }
        return anchors;
    }

    /** GitHub's id of a heading: lower case, punctuation other than '-' and '_' dropped, spaces as '-'. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
