package org.adainit.jobs.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code map of docs/architecture.md and the {@code package-info.java} files say the same: every package of every
 * module has one, and the page lists each with the very sentence of its package-info.
 */
class CodeMapTest {

    static final Path ROOT = Path.of(System.getProperty("adainit.root")).toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("simulator", "jobs/core", "jobs/spark", "jobs/cli");
    private static final Pattern PACKAGE_ROW = Pattern.compile("^\\| `(org\\.adainit\\.[\\w.]+)` \\| (.+) \\|$");

    @Test
    void everyPackageOfEveryModuleHasAPackageInfo() throws IOException {
        for (Path directory : mainPackageDirectories()) {
            assertTrue(Files.isRegularFile(directory.resolve("package-info.java")),
                    ROOT.relativize(directory) + " has no package-info.java");
        }
    }

    @Test
    void theArchitecturePageListsEveryPackageWithItsPackageInfoSentence() throws IOException {
        Map<String, String> packageInfos = new TreeMap<>();
        for (Path directory : mainPackageDirectories()) {
            Path info = directory.resolve("package-info.java");
            if (Files.isRegularFile(info)) {
                packageInfos.put(packageName(info), javadocText(Files.readString(info)));
            }
        }
        assertFalse(packageInfos.isEmpty(), "no package-info.java found under " + MODULES);
        Map<String, String> documented = documentedPackages(Files.readAllLines(ROOT.resolve("docs/architecture.md")));
        assertEquals(packageInfos.keySet(), documented.keySet(), "packages with a package-info.java vs on the page");
        packageInfos.forEach((name, sentence) -> assertEquals(sentence, documented.get(name),
                name + ": package-info.java vs docs/architecture.md"));
    }

    /** The "| `org.adainit.x` | purpose |" rows of the page, backticks dropped from the purpose. */
    static Map<String, String> documentedPackages(List<String> page) {
        Map<String, String> packages = new TreeMap<>();
        for (String line : page) {
            Matcher row = PACKAGE_ROW.matcher(line);
            if (row.find()) {
                packages.put(row.group(1), normalise(row.group(2).replace("`", "")));
            }
        }
        return packages;
    }

    /** The text of the first javadoc comment, its {@code {@code x}} tags reduced to x. */
    static String javadocText(String source) {
        int start = source.indexOf("/**");
        int end = source.indexOf("*/", start);
        StringBuilder text = new StringBuilder();
        for (String line : source.substring(start + 3, end).split("\n")) {
            text.append(line.strip().replaceFirst("^\\*", "")).append(' ');
        }
        return normalise(text.toString().replaceAll("\\{@code ([^}]*)}", "$1"));
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String packageName(Path packageInfo) throws IOException {
        Matcher declaration = Pattern.compile("(?m)^package ([\\w.]+);").matcher(Files.readString(packageInfo));
        assertTrue(declaration.find(), packageInfo + " declares no package");
        return declaration.group(1);
    }

    /** Every folder under a module's src/main/java that holds a class. */
    private static List<Path> mainPackageDirectories() throws IOException {
        List<Path> directories = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(sources), sources + " is missing");
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(Files::isDirectory).filter(CodeMapTest::holdsAClass).forEach(directories::add);
            }
        }
        return directories;
    }

    private static boolean holdsAClass(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
