package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import org.adainit.jobs.input.QubitLimit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adainit.jobs.diagnosis.DepthRule;
import org.adainit.simulator.diagnostics.McCleanExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** McClean et al. 2018's barren-plateau experiment: Var[∂⟨Z1Z2⟩/∂θ_{1,1}] over random circuits. */
@Command(
        name = "mcclean",
        mixinStandardHelpOptions = true,
        description = {
            "Variance of ∂⟨Z1Z2⟩/∂θ(1,1) over McClean's random circuits, next to the 2-design prediction "
                    + "2^n/(3(4^n-1)).",
            "Prints one line per n: <n> <variance> <mean> <prediction>."
        })
final class McCleanCommand implements Callable<Integer> {

    @Option(names = "--qubits", split = ",", defaultValue = "2,4,6,8", paramLabel = "N,N,...",
            description = "Qubit counts (>= 2). Default: ${DEFAULT-VALUE}.")
    private List<Integer> qubits;

    @Option(names = "--samples", defaultValue = "1000", description = "Random circuits per point. Default: ${DEFAULT-VALUE}.")
    private int samples;

    @Option(names = "--depth", defaultValue = "10n",
            description = "Layers: a number, or '<k>n' for k times the qubit count. Default: ${DEFAULT-VALUE}.")
    private String depth;

    @Option(names = "--seed", defaultValue = "1", description = "Global seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (samples < 2) {
            throw new InputException("--samples must be >= 2, got " + samples);
        }
        for (int n : qubits) {
            QubitLimit.require(n, 2, "--qubits");
        }
        DepthRule rule;
        try {
            rule = DepthRule.parse(depth);
        } catch (IllegalArgumentException e) {
            throw new InputException("--depth " + e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.printf("# n variance mean prediction (depth %s, %d samples, seed %d)%n", depth, samples, seed);
        for (int n : qubits) {
            McCleanExperiment.Result r = McCleanExperiment.run(n, rule.layers(n), samples, seed);
            out.println(String.format(Locale.ROOT, "%d %.6e %.6e %.6e",
                    n, r.variance(), r.mean(), McCleanExperiment.predictedVariance(n)));
            out.flush();
        }
        return 0;
    }
}
