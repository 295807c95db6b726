package org.adainit.jobs.datasets;

import java.io.IOException;
import java.nio.file.Path;
import org.adainit.jobs.input.InputException;

/** A dataset file's SHA-256, unreadable files reported as bad input naming the file. */
final class Sha256 {

    private Sha256() {}

    static String of(Path file) {
        try {
            return org.adainit.jobs.digest.Sha256.ofFile(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
