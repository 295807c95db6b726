package org.adainit.jobs.generator.llm;

import java.util.OptionalLong;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.seed.Seeds;
import org.apache.commons.math3.random.Well19937c;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper's f(·) as an LLM: renders the prompt for the iteration, asks through the {@link RepairLadder} and, when
 * the ladder fails, draws θ0 from the prior with a seed derived from (cell seed, iteration) and logs why. Serves both
 * {@code llm} (live endpoint behind the response cache) and {@code replay} (the cache alone): the difference is the
 * {@link ChatService} it is given, and a replay is labelled like the llm run it re-serves so its records equal that
 * run's.
 */
public final class LlmGenerator implements ParameterGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(LlmGenerator.class);
    /** Keeps the fallback draws apart from any other stream derived from the cell seed. */
    private static final String PRIOR_FALLBACK_STREAM = "llm-prior-fallback";

    private final LlmSettings settings;
    private final PromptTemplate template;
    private final PromptVariant variant;
    private final ChatService chat;

    public LlmGenerator(LlmSettings settings, PromptTemplate template, PromptVariant variant, ChatService chat) {
        this.settings = settings;
        this.template = template;
        this.variant = variant;
        this.chat = chat;
    }

    @Override
    public Proposal propose(SearchContext context) {
        String prompt = template.render(context, variant);
        String attempt = "search seed=" + context.seed() + " t=" + context.iteration();
        RepairLadder.LadderResult result = new RepairLadder(chat, settings.repairBudget())
                .run(prompt, context.shape(), OptionalLong.of(settings.requestSeed(context.seed(), context.iteration())), attempt);
        QnnParameters theta = result.parameters().orElseGet(() -> priorDraw(context, result));
        return new Proposal(theta, result.status(), result.retries(), result.tokensIn(), result.tokensOut(),
                result.costUsd(), result.latencyMillis(), result.model().isEmpty() ? settings.model() : result.model(),
                result.responseId());
    }

    private QnnParameters priorDraw(SearchContext context, RepairLadder.LadderResult result) {
        long stream = Seeds.derive(context.seed(), PRIOR_FALLBACK_STREAM);
        Well19937c random = new Well19937c(Seeds.derive(stream, context.iteration()));
        LOG.warn("{} iteration {}: no usable θ0 after {} requests ({}); drawing it from the prior {}", label(),
                context.iteration(), result.requests(),
                result.lastProblem().map(Throwable::getMessage).orElse("no reply"), context.prior().law());
        return context.prior().sample(context.shape(), random);
    }

    @Override
    public String label() {
        return "llm:" + settings.model();
    }

    @Override
    public String promptVersion() {
        return template.versionId();
    }

    @Override
    public void close() {
        chat.close();
    }
}
