package org.adainit.jobs.generator.cache;

import java.util.Optional;
import org.adainit.jobs.generator.llm.ChatOutcome;
import org.adainit.jobs.generator.llm.ChatRequest;
import org.adainit.jobs.generator.llm.ChatService;
import org.adainit.jobs.generator.llm.LlmSettings;

/**
 * The response cache in front of a live endpoint: a request already answered is served from the store with no HTTP
 * call and no cost; a new reply is stored before it is used, so a crash after paying for it loses nothing.
 */
public final class CachingChatService implements ChatService {

    private final ChatService live;
    private final ResponseStore store;
    private final LlmSettings settings;

    public CachingChatService(ChatService live, ResponseStore store, LlmSettings settings) {
        this.live = live;
        this.store = store;
        this.settings = settings;
    }

    @Override
    public ChatOutcome complete(ChatRequest request) {
        RequestKey key = RequestKey.of(settings, request);
        Optional<CacheEntry> hit = store.find(key);
        if (hit.isPresent()) {
            return hit.get().outcome();
        }
        ChatOutcome fresh = live.complete(request);
        store.put(key, fresh);
        return fresh;
    }

    @Override
    public void close() {
        live.close();
    }
}
