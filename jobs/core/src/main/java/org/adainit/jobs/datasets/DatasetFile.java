package org.adainit.jobs.datasets;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One upstream file of a dataset, as {@code conf/datasets.yaml} lists it.
 *
 * @param file the upstream file (for MNIST the .gz) and its checksum
 * @param unpacked the same content uncompressed, accepted in place of a gzipped file that is absent
 * @param url canonical public URL; empty when the file cannot be downloaded without a login (Titanic)
 * @param manualSource how to obtain the file by hand when there is no URL
 */
public record DatasetFile(
        ExpectedFile file, Optional<ExpectedFile> unpacked, Optional<URI> url, Optional<String> manualSource) {

    public String name() {
        return file.name();
    }

    /** The forms a data directory may hold, preferred first. */
    public List<ExpectedFile> forms() {
        List<ExpectedFile> forms = new ArrayList<>(List.of(file));
        unpacked.ifPresent(forms::add);
        return forms;
    }

    /** How a user gets this file without the downloader: the canonical URL or the manual instructions. */
    public String howToObtain() {
        return manualSource.orElseGet(() -> "download " + url.map(URI::toString).orElse(name()));
    }
}
