package org.adainit.jobs.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.generator.llm.BudgetExhaustedException;
import org.adainit.jobs.generator.llm.ChatService;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.Sleeper;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.probe.ProbeResult;
import org.adainit.jobs.probe.ShapeProbe;
import org.adainit.jobs.prompt.PromptSlots;
import org.adainit.simulator.qnn.QnnShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shape-probe}: the paper's Table 2 for one model. */
@Command(
        name = "shape-probe",
        mixinStandardHelpOptions = true,
        description = "Asks the model once for each of the paper's 20 structures (N=2..20 at L=2, L=4..40 at N=2) "
                + "and reports the share of replies with exactly the right shapes (Table 2). Replies are not "
                + "repaired; they are cached like every LLM reply.")
public final class ShapeProbeCommand implements Callable<Integer> {

    @Mixin
    LlmOptions llm;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = PromptSlots.NOT_AVAILABLE,
            description = "dataset description for the prompt's {data_desc} slot (default N/A)")
    String description;

    @Option(names = "--seed", defaultValue = "0", description = "seeds the backoff jitter")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LlmSettings settings = llm.settings(Optional.empty());
        UsageMeter meter = llm.meter();
        int asked = 0;
        int correct = 0;
        try (ChatService chat = LlmGenerators.cachedLiveChat(settings, llm.cacheDirectory(), meter, seed,
                System::getenv, Sleeper.REAL)) {
            ShapeProbe probe = new ShapeProbe(chat, llm.template(), description, settings.seed());
            for (QnnShape shape : ShapeProbe.paperStructures()) {
                ProbeResult r = probe.probe(shape);
                asked++;
                correct += r.correctShape() ? 1 : 0;
                out.printf(Locale.ROOT, "L=%-2d N=%-2d %-7s %s (tokens %d/%d%s)%n", shape.layers(), shape.qubits(),
                        r.correctShape() ? "correct" : "WRONG", r.verdict(), r.outcome().reply().tokensIn(),
                        r.outcome().reply().tokensOut(), r.outcome().cached() ? ", cached" : "");
            }
        } catch (BudgetExhaustedException e) {
            out.println("stopped: " + e.getMessage());
        }
        out.printf(Locale.ROOT, "model %s: %d/%d correct shapes (%.0f%%)%s%n", settings.model(), correct, asked,
                asked == 0 ? 0.0 : 100.0 * correct / asked,
                asked < ShapeProbe.paperStructures().size() ? " [incomplete: budget exhausted]" : "");
        out.printf(Locale.ROOT, "spent: %d requests, %d input + %d output tokens, estimated $%.4f (cached replies free)%n",
                meter.requests(), meter.tokensIn(), meter.tokensOut(), meter.costUsd());
        out.flush();
        return 0;
    }
}
