package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a data directory holds for one catalog file.
 *
 * @param file the catalog entry
 * @param state the verdict
 * @param found the form found (the file itself or its unpacked twin); empty when missing
 * @param path where it was found; empty when missing
 * @param actualSha256 the hash computed; empty when missing or not hashed
 * @param actualSize bytes on disk; 0 when missing
 */
public record FileCheck(
        DatasetFile file,
        State state,
        Optional<ExpectedFile> found,
        Optional<Path> path,
        Optional<String> actualSha256,
        long actualSize) {

    public enum State {
        /** Present and its SHA-256 and size match the catalog. */
        VERIFIED,
        /** Present, not hashed (a listing without --verify). */
        PRESENT,
        /** Present, but its bytes differ from the catalog's. */
        MISMATCH,
        /** In none of its forms. */
        MISSING
    }

    /** "expected SHA-256 …, N bytes; found SHA-256 …, M bytes", for messages about a mismatch. */
    public String mismatchDetail() {
        return "expected " + found.orElse(file.file()).describe() + "; found SHA-256 "
                + actualSha256.orElse("(not computed)") + ", " + actualSize + " bytes";
    }
}
