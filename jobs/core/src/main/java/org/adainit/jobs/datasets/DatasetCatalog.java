package org.adainit.jobs.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.adainit.jobs.input.InputException;

/**
 * {@code conf/datasets.yaml}: per dataset its one-sentence description for the prompt and its files with SHA-256,
 * size and canonical URL, plus an optional mirror base URL. The checksums are the project's own record of the
 * upstream bytes, so a download is trusted only if it matches them.
 */
public final class DatasetCatalog {

    /** Classpath location: the jobs jar carries {@code conf/} under this prefix. */
    public static final String RESOURCE = "/conf/datasets.yaml";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Optional<URI> mirror;
    private final Map<Dataset, String> descriptions;
    private final Map<Dataset, List<DatasetFile>> files;

    private DatasetCatalog(Optional<URI> mirror, Map<Dataset, String> descriptions, Map<Dataset, List<DatasetFile>> files) {
        this.mirror = mirror;
        this.descriptions = descriptions;
        this.files = files;
    }

    /** The catalog shipped in the jar, parsed once per JVM (every cell of a grid asks for it; it is immutable). */
    public static DatasetCatalog standard() {
        return Standard.CATALOG;
    }

    /** Parses the shipped catalog on first use. */
    private static final class Standard {
        static final DatasetCatalog CATALOG = read();
    }

    private static DatasetCatalog read() {
        try (InputStream in = DatasetCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild the jobs jar");
            }
            return parse(in, "conf/datasets.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a catalog; every dataset of {@link Dataset} must be present with all its required files.
     *
     * @param source file name for messages
     */
    public static DatasetCatalog parse(InputStream in, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new InputException(source + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source + ": expected a mapping with 'mirror' and 'datasets'");
        }
        Optional<URI> mirror = optionalText(root, "mirror").map(text -> baseUrl(text, source + ": mirror"));
        JsonNode datasets = root.path("datasets");
        Map<Dataset, String> descriptions = new EnumMap<>(Dataset.class);
        Map<Dataset, List<DatasetFile>> files = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            String where = source + ": datasets." + dataset.externalName();
            JsonNode node = datasets.path(dataset.externalName());
            if (!node.isObject()) {
                throw new InputException(where + " is missing");
            }
            descriptions.put(dataset, requiredText(node, "description", where));
            List<DatasetFile> list = parseFiles(node.path("files"), where + ".files");
            for (String required : dataset.requiredFiles()) {
                if (list.stream().noneMatch(f -> f.name().equals(required))) {
                    throw new InputException(where + ".files has no entry for " + required);
                }
            }
            files.put(dataset, List.copyOf(list));
        }
        for (Iterator<String> names = datasets.fieldNames(); names.hasNext(); ) {
            Dataset.parse(names.next());
        }
        return new DatasetCatalog(mirror, descriptions, files);
    }

    /** The configured mirror base URL, if any. */
    public Optional<URI> mirror() {
        return mirror;
    }

    /** The dataset's one factual sentence for the prompt's data_desc slot. */
    public String description(Dataset dataset) {
        return descriptions.get(dataset);
    }

    /** Every file listed for the dataset, required ones and optional ones (documentation, MNIST's test set). */
    public List<DatasetFile> files(Dataset dataset) {
        return files.get(dataset);
    }

    /** The dataset's required files, in {@link Dataset#requiredFiles()} order. */
    public List<DatasetFile> requiredFiles(Dataset dataset) {
        return dataset.requiredFiles().stream()
                .map(name -> files(dataset).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow())
                .toList();
    }

    /** Parses a mirror base URL given on the command line or in the environment. */
    public static URI baseUrl(String text, String where) {
        try {
            URI uri = new URI(text.strip().endsWith("/") ? text.strip() : text.strip() + "/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InputException(where + " is '" + text + "', expected an http:// or https:// URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InputException(where + " is '" + text + "', not a URL: " + e.getReason(), e);
        }
    }

    private static List<DatasetFile> parseFiles(JsonNode node, String where) {
        if (!node.isArray() || node.isEmpty()) {
            throw new InputException(where + " must be a non-empty list");
        }
        List<DatasetFile> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode entry = node.get(i);
            ExpectedFile file = expected(entry, at);
            Optional<ExpectedFile> unpacked = entry.has("unpacked")
                    ? Optional.of(expected(entry.get("unpacked"), at + ".unpacked"))
                    : Optional.empty();
            Optional<URI> url = optionalText(entry, "url").map(text -> absoluteUrl(text, at + ".url"));
            Optional<String> manual = optionalText(entry, "manual");
            if (url.isEmpty() && manual.isEmpty()) {
                throw new InputException(at + " needs a 'url' or a 'manual' text saying how to obtain " + file.name());
            }
            list.add(new DatasetFile(file, unpacked, url, manual));
        }
        return list;
    }

    private static ExpectedFile expected(JsonNode entry, String where) {
        String name = requiredText(entry, "name", where);
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new InputException(where + ".name is '" + name + "', expected a plain file name");
        }
        String sha256 = requiredText(entry, "sha256", where);
        if (!SHA256.matcher(sha256).matches()) {
            throw new InputException(where + ".sha256 is '" + sha256 + "', expected 64 lower-case hex digits");
        }
        JsonNode size = entry.path("size");
        if (!size.canConvertToLong() || size.asLong() <= 0) {
            throw new InputException(where + ".size is '" + size.asText() + "', expected a positive byte count");
        }
        return new ExpectedFile(name, sha256, size.asLong());
    }

    private static URI absoluteUrl(String text, String where) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new InputException(where + " is '" + text + "', expected an absolute URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InputException(where + " is '" + text + "', not a URL: " + e.getReason(), e);
        }
    }

    private static String requiredText(JsonNode node, String field, String where) {
        return optionalText(node, field)
                .orElseThrow(() -> new InputException(where + "." + field + " is missing or empty"));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
