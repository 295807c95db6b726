package org.adainit.jobs.generator.llm;

/** One HTTP exchange with a chat-completions endpoint, no retries. */
public interface ChatTransport extends AutoCloseable {

    ChatReply send(ChatRequest request) throws TransportFailure;

    @Override
    default void close() {}
}
