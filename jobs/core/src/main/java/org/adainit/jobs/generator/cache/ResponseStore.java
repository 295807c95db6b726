package org.adainit.jobs.generator.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.generator.llm.ChatOutcome;

/**
 * Content-addressed store of LLM replies: {@code <dir>/<first two hex digits>/<sha256 of the request key>.json}.
 * Writes go to a temporary file that is then moved into place, so concurrent searches and a crash never leave a
 * half-written entry. Entries are plain JSON and hold no API key.
 */
public final class ResponseStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public ResponseStore(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Path location(RequestKey key) {
        String sha = key.sha256();
        return directory.resolve(sha.substring(0, 2)).resolve(sha + ".json");
    }

    /** The stored reply to {@code key}; a file that does not hold exactly that request is reported as corrupt. */
    public Optional<CacheEntry> find(RequestKey key) {
        Path file = location(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CacheEntry entry;
        try {
            entry = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), CacheEntry.class);
        } catch (JsonProcessingException e) {
            throw corrupt(file, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException("cannot read cached reply " + file + ": " + e.getMessage(), e);
        }
        if (entry.request() == null || entry.reply() == null || !key.equals(entry.request())) {
            throw corrupt(file, "it does not hold the request its name stands for");
        }
        return Optional.of(entry);
    }

    /** Stores the reply to {@code key} and returns the entry written. */
    public CacheEntry put(RequestKey key, ChatOutcome outcome) {
        CacheEntry entry = new CacheEntry(key.sha256(), key, outcome.reply(), outcome.transportRetries(),
                outcome.latencyMillis(), outcome.costUsd(), Instant.now().toString());
        Path file = location(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), entry.key(), ".tmp");
            Files.writeString(temporary, JSON.writeValueAsString(entry), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException("cannot write to the LLM response cache " + directory + ": " + e.getMessage(), e);
        }
        return entry;
    }

    private static InputException corrupt(Path file, String why) {
        return new InputException("cached reply " + file + " is corrupt (" + why + "); delete it to ask again");
    }
}
