package org.adainit.jobs.tables;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;

/**
 * The record ({@link TableSet#MARKER}) of a finished table build: which tables it wrote, and the length and
 * modification time of every committed cell it read and of every file it wrote. The tables are current exactly while
 * all of these are unchanged, so a cell committed, recomputed or deleted later, a table removed or overwritten by
 * something else, and a build that failed or was stopped (no record) all read as "not current", with the reason.
 */
public final class BuiltTables {

    private static final String TABLE = "table ";
    private static final String FILE = "file ";

    private BuiltTables() {}

    /**
     * Writes the record after a build.
     *
     * @param cells the stamps of the committed cells as listed before the build read them
     */
    public static void record(ResultDirectory directory, Map<String, String> cells, Collection<String> tables) {
        directory.writeAtomically(TableSet.MARKER, text(directory, cells, tables).getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the record: until the next {@link #record}, the tables count as not built. */
    public static void forget(ResultDirectory directory) {
        directory.delete(TableSet.MARKER);
    }

    /** Why the tables of {@code directory} do not reflect its committed cells; empty when they do. */
    public static Optional<String> problem(ResultDirectory directory, CellStore store) {
        if (!directory.exists(TableSet.MARKER)) {
            return Optional.of("the tables were not built, or their last build failed or was stopped");
        }
        List<String> tables = new ArrayList<>();
        for (String line : directory.readText(TableSet.MARKER).split("\n")) {
            if (line.startsWith(TABLE)) {
                tables.add(line.substring(TABLE.length()));
            }
        }
        if (tables.isEmpty()) {
            return Optional.of(TableSet.MARKER + " is from an older version or damaged");
        }
        Map<String, String> recorded = files(directory.readText(TableSet.MARKER));
        for (String table : tables) {
            if (!directory.exists(table)) {
                return Optional.of("table " + table + " is missing");
            }
            if (!withPrefix(recorded, table + "/").equals(prefixed(table + "/", directory.stamps(table)))) {
                return Optional.of("table " + table + " was changed after it was built");
            }
        }
        String cellsPrefix = ResultDirectory.CELLS + "/";
        Map<String, String> before = withPrefix(recorded, cellsPrefix);
        Map<String, String> now = prefixed(cellsPrefix, store.stamps());
        if (!before.equals(now)) {
            TreeSet<String> changed = new TreeSet<>(now.keySet());
            changed.addAll(before.keySet());
            changed.removeIf(name -> now.getOrDefault(name, "").equals(before.get(name)));
            return Optional.of(changed.size() + (changed.size() == 1 ? " cell was" : " cells were")
                    + " committed, recomputed or removed since the tables were built (e.g. "
                    + changed.first().substring(cellsPrefix.length()) + ")");
        }
        return Optional.empty();
    }

    private static String text(ResultDirectory directory, Map<String, String> cells, Collection<String> tables) {
        StringBuilder text = new StringBuilder();
        tables.forEach(table -> text.append(TABLE).append(table).append('\n'));
        Map<String, String> files = new LinkedHashMap<>(prefixed(ResultDirectory.CELLS + "/", cells));
        tables.forEach(table -> files.putAll(prefixed(table + "/", directory.stamps(table))));
        files.forEach((name, stamp) -> text.append(FILE).append(stamp).append(' ').append(name).append('\n'));
        return text.toString();
    }

    /** The files of a record by name; a stamp is "length time", so the name is what follows the second space. */
    private static Map<String, String> files(String record) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : record.split("\n")) {
            if (line.startsWith(FILE)) {
                String[] parts = line.substring(FILE.length()).split(" ", 3);
                files.put(parts[2], parts[0] + " " + parts[1]);
            }
        }
        return files;
    }

    private static Map<String, String> prefixed(String prefix, Map<String, String> stamps) {
        Map<String, String> named = new LinkedHashMap<>();
        stamps.forEach((name, stamp) -> named.put(prefix + name, stamp));
        return named;
    }

    private static Map<String, String> withPrefix(Map<String, String> files, String prefix) {
        Map<String, String> selected = new LinkedHashMap<>();
        files.forEach((name, stamp) -> {
            if (name.startsWith(prefix)) {
                selected.put(name, stamp);
            }
        });
        return selected;
    }
}
