package org.adainit.jobs.datasets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.adainit.jobs.digest.Sha256;
import org.adainit.jobs.input.InputException;

/**
 * The folder the dataset files live in, and the way missing ones get there. Resolution order: an explicit path
 * ({@code --data-dir}), else {@code ADAINIT_DATA_DIR}, else the per-user cache {@code ~/.cache/adainit/datasets}.
 * A present file must match the catalog's SHA-256 (a gzipped MNIST file may be present unpacked instead); a missing
 * required file is downloaded, from the mirror if one is configured ({@code --mirror}, else
 * {@code ADAINIT_DATASET_MIRROR}, else {@code mirror} in {@code conf/datasets.yaml}), else from its canonical URL.
 */
public final class DataDirectory {

    public static final String DATA_DIR_ENV = "ADAINIT_DATA_DIR";
    public static final String MIRROR_ENV = "ADAINIT_DATASET_MIRROR";

    private final Path root;
    private final String origin;
    private final DatasetCatalog catalog;
    private final Downloader downloader;

    /**
     * @param root the folder
     * @param origin how it was chosen, for listings: "--data-dir", "ADAINIT_DATA_DIR" or "per-user cache"
     */
    public DataDirectory(Path root, String origin, DatasetCatalog catalog, Downloader downloader) {
        this.root = root.toAbsolutePath().normalize();
        this.origin = origin;
        this.catalog = catalog;
        this.downloader = downloader;
    }

    /** Resolves from the process environment and the shipped catalog; download progress goes to stderr. */
    public static DataDirectory resolve(Optional<Path> explicit, Optional<URI> mirror) {
        return resolve(explicit, mirror, System.getenv(), Path.of(System.getProperty("user.home")),
                DatasetCatalog.standard(), System.err::println);
    }

    /** Resolution with every outside input given, so tests need no real environment or home folder. */
    public static DataDirectory resolve(Optional<Path> explicit, Optional<URI> mirror, Map<String, String> env,
            Path home, DatasetCatalog catalog, Consumer<String> progress) {
        Path root;
        String origin;
        if (explicit.isPresent()) {
            root = explicit.get();
            origin = "--data-dir";
        } else if (!env.getOrDefault(DATA_DIR_ENV, "").isBlank()) {
            root = Path.of(env.get(DATA_DIR_ENV).strip());
            origin = DATA_DIR_ENV;
        } else {
            root = home.resolve(".cache").resolve("adainit").resolve("datasets");
            origin = "per-user cache";
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new InputException("data directory " + root + " (from " + origin + ") is not a directory");
        }
        Optional<URI> effectiveMirror = mirror
                .or(() -> Optional.ofNullable(env.get(MIRROR_ENV))
                        .filter(text -> !text.isBlank())
                        .map(text -> DatasetCatalog.baseUrl(text, MIRROR_ENV)))
                .or(catalog::mirror);
        return new DataDirectory(root, origin, catalog,
                new Downloader(effectiveMirror, Downloader.DEFAULT_TIMEOUT, progress));
    }

    public Path root() {
        return root;
    }

    public String origin() {
        return origin;
    }

    public DatasetCatalog catalog() {
        return catalog;
    }

    /** The mirror downloads come from, if one is configured. */
    public Optional<URI> mirror() {
        return downloader.mirror();
    }

    /** The dataset's required files, verified, downloading the missing ones; in {@link Dataset#requiredFiles()} order. */
    public List<Path> require(Dataset dataset) {
        return catalog.requiredFiles(dataset).stream().map(this::require).toList();
    }

    /**
     * The dataset's required files as this folder holds them, verified (downloaded first when missing): file name →
     * SHA-256. Provenance records these, never the folder, whose path is local to one machine.
     */
    public Map<String, String> verifiedChecksums(Dataset dataset) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (DatasetFile file : catalog.requiredFiles(dataset)) {
            require(file);
            ExpectedFile form = check(file, false).found().orElseThrow();
            checksums.put(form.name(), form.sha256());
        }
        return checksums;
    }

    /**
     * The file, verified against the catalog, downloaded first when no form of it is present.
     *
     * @throws InputException when the present file differs from the catalog or the download fails
     */
    public Path require(DatasetFile file) {
        FileCheck check = check(file, true);
        return switch (check.state()) {
            case VERIFIED -> check.path().orElseThrow();
            case MISSING -> downloader.download(file, root);
            default -> throw new InputException(check.path().orElseThrow() + " differs from the upstream file: "
                    + check.mismatchDetail() + ". Delete it so that it is downloaded again, or "
                    + Downloader.byHand(file, root.resolve(file.name())).replaceFirst("^To", "to"));
        };
    }

    /**
     * Looks for the file in its preferred form first, then unpacked.
     *
     * @param hash compute and compare the SHA-256 (otherwise only report presence)
     */
    public FileCheck check(DatasetFile file, boolean hash) {
        for (ExpectedFile form : file.forms()) {
            Path path = root.resolve(form.name());
            if (Files.isRegularFile(path)) {
                long size = path.toFile().length();
                if (!hash) {
                    return new FileCheck(file, FileCheck.State.PRESENT, Optional.of(form), Optional.of(path),
                            Optional.empty(), size);
                }
                String actual = hash(path);
                boolean matches = size == form.size() && actual.equals(form.sha256());
                return new FileCheck(file, matches ? FileCheck.State.VERIFIED : FileCheck.State.MISMATCH,
                        Optional.of(form), Optional.of(path), Optional.of(actual), size);
            }
        }
        return new FileCheck(file, FileCheck.State.MISSING, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    private static String hash(Path file) {
        try {
            return Sha256.ofFile(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
