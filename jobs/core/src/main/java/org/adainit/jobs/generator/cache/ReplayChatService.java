package org.adainit.jobs.generator.cache;

import org.adainit.jobs.generator.llm.ChatOutcome;
import org.adainit.jobs.generator.llm.ChatRequest;
import org.adainit.jobs.generator.llm.ChatService;
import org.adainit.jobs.generator.llm.LlmSettings;

/**
 * The {@code replay} generator's only source: the replies a finished {@code llm} run stored. Never opens a
 * connection and needs no key; a request that run never made fails with its attempt and key named.
 */
public final class ReplayChatService implements ChatService {

    private final ResponseStore store;
    private final LlmSettings settings;

    public ReplayChatService(ResponseStore store, LlmSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public ChatOutcome complete(ChatRequest request) {
        RequestKey key = RequestKey.of(settings, request);
        return store.find(key).map(CacheEntry::outcome).orElseThrow(() -> new ReplayMissException(
                "replay: no recorded reply for [" + request.attempt() + "] (key " + key.sha256() + ") in "
                        + store.directory() + "; replay needs the response cache of an llm run with the same endpoint ("
                        + settings.endpoint() + "), model (" + settings.model()
                        + "), sampling settings, seed, prompt and iterations"));
    }
}
