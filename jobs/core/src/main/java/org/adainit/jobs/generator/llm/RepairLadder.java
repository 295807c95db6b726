package org.adainit.jobs.generator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.search.ProposalFailure;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/**
 * Gets a correctly shaped, finite θ0 out of the model, spending at most {@code budget} extra requests: ask with the
 * prompt; on a problem (1) re-ask once with the concrete error, then (2) ask for l0, l1 and l2 one at a time (only
 * when 3 requests remain); if that fails too the caller falls back to a draw from the prior. A budget of 4 runs the
 * whole ladder, 0 goes from the first problem straight to the fallback.
 */
public final class RepairLadder {

    private final ChatService chat;
    private final int budget;

    public RepairLadder(ChatService chat, int budget) {
        this.chat = chat;
        this.budget = budget;
    }

    /**
     * @param attempt tag of this θ0 in the response cache, e.g. {@code search seed=7 t=3}; each request appends its
     *     call number
     */
    public LadderResult run(String prompt, QnnShape shape, OptionalLong seed, String attempt) {
        Tally tally = new Tally(attempt, seed);
        ChatReply first = tally.call(List.of(ChatMessage.user(prompt)), ThetaSchema.full(shape));
        ReplyProblem problem;
        try {
            return tally.result(ThetaValidator.full(parse(first, false), shape), ParseStatus.OK, null);
        } catch (ReplyProblem p) {
            problem = p;
        }
        int left = budget;
        if (left >= 1) {
            List<ChatMessage> messages = new ArrayList<>();
            messages.add(ChatMessage.user(prompt));
            if (!first.content().isBlank()) {
                messages.add(ChatMessage.assistant(first.content()));
            }
            messages.add(ChatMessage.user(RepairMessages.reask(problem, shape)));
            ChatReply repaired = tally.call(messages, ThetaSchema.full(shape));
            left--;
            try {
                return tally.result(ThetaValidator.full(parse(repaired, false), shape), ParseStatus.REPAIRED, null);
            } catch (ReplyProblem p) {
                problem = p;
            }
        }
        if (left >= ThetaTensor.values().length) {
            double[] values = new double[shape.parameterCount()];
            int offset = 0;
            try {
                for (ThetaTensor t : ThetaTensor.values()) {
                    ChatReply part = tally.call(List.of(ChatMessage.user(RepairMessages.perTensor(prompt, t, shape))),
                            ThetaSchema.tensor(t, shape));
                    double[] tensor = ThetaValidator.tensor(parse(part, true), t, shape);
                    System.arraycopy(tensor, 0, values, offset, tensor.length);
                    offset += tensor.length;
                }
                return tally.result(new QnnParameters(shape, values), ParseStatus.PER_TENSOR, null);
            } catch (ReplyProblem p) {
                problem = p;
            }
        }
        return tally.result(null, ParseStatus.PRIOR_FALLBACK, problem);
    }

    private static JsonNode parse(ChatReply reply, boolean listAllowed)
            throws ReplyProblem {
        return ReplyParser.parse(reply.content(), reply.finishReason(), listAllowed);
    }

    /**
     * Outcome of the ladder: the parameters unless it ended in the fallback, and the totals over its requests.
     *
     * @param requests chat requests made (cached ones included), at least 1
     * @param transportRetries extra HTTP attempts summed over those requests
     * @param lastProblem why the last reply was unusable, present exactly when the status is PRIOR_FALLBACK
     */
    public record LadderResult(
            Optional<QnnParameters> parameters,
            ParseStatus status,
            int requests,
            int transportRetries,
            long tokensIn,
            long tokensOut,
            double costUsd,
            long latencyMillis,
            String model,
            String responseId,
            Optional<ReplyProblem> lastProblem) {

        /** Extra requests beyond the first, repairs and transport retries alike. */
        public int retries() {
            return requests - 1 + transportRetries;
        }
    }

    /** Sums the requests of one ladder run. */
    private final class Tally {
        private final String attempt;
        private final OptionalLong seed;
        private int requests;
        private int transportRetries;
        private long tokensIn;
        private long tokensOut;
        private double costUsd;
        private long latencyMillis;
        private String model = "";
        private String responseId = "";

        Tally(String attempt, OptionalLong seed) {
            this.attempt = attempt;
            this.seed = seed;
        }

        /**
         * @throws ProposalFailure when the call fails, with what this ladder spent so far and the failed call's
         *     requests
         */
        ChatReply call(List<ChatMessage> messages, ResponseSchema schema) {
            ChatOutcome outcome;
            try {
                outcome = chat.complete(
                        new ChatRequest(messages, Optional.of(schema), seed, attempt + " call=" + requests));
            } catch (LlmCallException e) {
                throw new ProposalFailure(e, spentWith(e.requests()));
            } catch (BudgetExhaustedException e) {
                throw new ProposalFailure(e, spentWith(e.requests()));
            }
            requests++;
            transportRetries += outcome.transportRetries();
            tokensIn += outcome.reply().tokensIn();
            tokensOut += outcome.reply().tokensOut();
            costUsd += outcome.costUsd();
            latencyMillis += outcome.latencyMillis();
            model = outcome.reply().model();
            responseId = outcome.reply().responseId();
            return outcome.reply();
        }

        private ModelUsage spentWith(int failedRequests) {
            return new ModelUsage((long) requests + transportRetries + failedRequests, tokensIn, tokensOut, costUsd);
        }

        LadderResult result(QnnParameters parameters, ParseStatus status, ReplyProblem problem) {
            return new LadderResult(Optional.ofNullable(parameters), status, requests, transportRetries, tokensIn,
                    tokensOut, costUsd, latencyMillis, model, responseId, Optional.ofNullable(problem));
        }
    }
}
