package org.adainit.jobs.datasets;

/**
 * The exact bytes a file must have: its name in the data directory, SHA-256 (lower-case hex) and size.
 *
 * @param name file name inside the data directory
 * @param sha256 64 lower-case hex digits
 * @param size bytes
 */
public record ExpectedFile(String name, String sha256, long size) {

    /** "SHA-256 6f60…, 4551 bytes", for messages. */
    public String describe() {
        return "SHA-256 " + sha256 + ", " + size + " bytes";
    }
}
