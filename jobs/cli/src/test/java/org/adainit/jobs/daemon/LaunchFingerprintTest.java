package org.adainit.jobs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchFingerprintTest {

    private static final Path HERE = Path.of("/work/a");

    @Test
    void anyVariableOrTheDirectoryChangesIt() {
        String base = LaunchFingerprint.of(Map.of("ADAINIT_DATA_DIR", "/data", "OPENAI_API_KEY", "k1"), HERE);

        assertNotEquals(base, LaunchFingerprint.of(Map.of("ADAINIT_DATA_DIR", "/data", "OPENAI_API_KEY", "k2"), HERE));
        assertNotEquals(base, LaunchFingerprint.of(Map.of("ADAINIT_DATA_DIR", "/data"), HERE));
        assertNotEquals(base, LaunchFingerprint.of(Map.of("ADAINIT_DATA_DIR", "/data", "OPENAI_API_KEY", "k1"),
                Path.of("/work/b")));
        // A name and a value are not run together: A=BC differs from AB=C.
        assertNotEquals(LaunchFingerprint.of(Map.of("A", "BC"), HERE), LaunchFingerprint.of(Map.of("AB", "C"), HERE));
    }

    @Test
    void theOrderOfTheVariablesAndTheShellsBookkeepingDoNot() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("X", "1");
        one.put("Y", "2");
        one.put("_", "/usr/bin/java");
        one.put("SHLVL", "1");
        one.put("OLDPWD", "/home");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("Y", "2");
        other.put("_", "/usr/bin/nohup");
        other.put("SHLVL", "2");
        other.put("X", "1");

        assertEquals(LaunchFingerprint.of(one, HERE), LaunchFingerprint.of(other, HERE));
        assertEquals(LaunchFingerprint.of(one, HERE), LaunchFingerprint.of(Map.of("X", "1", "Y", "2"), HERE));
    }

    @Test
    void itIsADigestThatHoldsNoValue() {
        String fingerprint = LaunchFingerprint.of(Map.of("OPENAI_API_KEY", "sk-secret"), HERE);

        assertEquals(64, fingerprint.length());
        assertEquals(fingerprint, fingerprint.replaceAll("[^0-9a-f]", ""));
    }
}
