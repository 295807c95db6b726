package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import org.adainit.jobs.input.QubitLimit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adainit.jobs.bench.SimulatorBenchmark;
import org.adainit.simulator.fast.FastCircuitEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Per-sample simulator timings: the fast path against the gate-by-gate reference and a streaming memory pass. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Time the simulator per QNN sample: the fast path against the gate-by-gate reference.",
            "Times one QNN sample (forward, forward+gradient) on the fast and the reference simulator, one thread,",
            "next to one streaming pass over the 2^n state, all in this JVM. Ends with one summary line per size:",
            "n=<n> L=<L> fwd+grad <s> reference <s> speedup <x>x passes <y>",
            "and, with --threads, one line per width and worker count:",
            "n=<n> L=<L> threads=<t> per-sample <s> scaling <x>x identical yes|no"
        })
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--qubits", split = ",", paramLabel = "N,...",
            defaultValue = "2,4,6,8,10,12,14,16,18,20,22,24",
            description = "Widths of the qubit grid, at --qubit-grid-layers layers. Default: ${DEFAULT-VALUE}.")
    private List<Integer> qubits;

    @Option(names = "--qubit-grid-layers", defaultValue = "2",
            description = "Layers of every circuit of the qubit grid (--qubits). Default: ${DEFAULT-VALUE}.")
    private int qubitGridLayers;

    @Option(names = "--layers", split = ",", paramLabel = "L,...", defaultValue = "4,8,12,16,20,24,28,32,36,40",
            description = "Depths of the layer grid, at --layer-grid-qubits qubits. Default: ${DEFAULT-VALUE}.")
    private List<Integer> layers;

    @Option(names = "--layer-grid-qubits", defaultValue = "2",
            description = "Qubits of every circuit of the layer grid (--layers). Default: ${DEFAULT-VALUE}.")
    private int layerGridQubits;

    @Option(names = "--threads", split = ",", paramLabel = "T,...",
            description = {"Also time mini-batch training (a batch of 20 samples, 2 epochs) at every width of the",
                "qubit grid up to --reference-up-to on each of these worker counts, with the scaling over one",
                "thread and a check that the trained parameters equal one thread's. Default: none."})
    private List<Integer> threads = List.of();

    @Option(names = "--reference-up-to", defaultValue = "20",
            description = "Largest width timed on the (slow) reference and with --threads. Default: ${DEFAULT-VALUE}.")
    private int referenceLimit;

    @Option(names = "--min-time", defaultValue = "0.2",
            description = "Seconds per measurement (repeats the sample as needed). Default: ${DEFAULT-VALUE}.")
    private double minTime;

    @Option(names = "--repetitions", defaultValue = "5",
            description = "Measurements per timing; the median is reported. Default: ${DEFAULT-VALUE}.")
    private int repetitions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        for (int n : qubits) {
            QubitLimit.require(n, 1, "--qubits");
        }
        if (repetitions < 1 || !(minTime > 0)) {
            throw new InputException("--repetitions must be >= 1 and --min-time > 0");
        }
        for (int t : threads) {
            if (t < 1 || t > 256) {
                throw new InputException("--threads values must be in 1..256, got " + t);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        SimulatorBenchmark benchmark = new SimulatorBenchmark(minTime, repetitions, referenceLimit);
        out.printf("# one thread; seconds per sample (median of %d); SIMD kernels %s%n", repetitions,
                FastCircuitEvaluator.simdKernels() ? "on" : "off (needs --add-modules jdk.incubator.vector)");
        benchmark.warmUp(Math.min(3.0, 15 * minTime));
        out.println("#   n   L     fast fwd  fast fwd+grad      ref fwd  ref fwd+grad   pass time  speedup  passes");
        List<SimulatorBenchmark.Row> rows = new ArrayList<>();
        for (int n : qubits) {
            rows.add(print(out, benchmark.measure(n, qubitGridLayers)));
        }
        for (int l : layers) {
            rows.add(print(out, benchmark.measure(layerGridQubits, l)));
        }
        out.printf(Locale.ROOT, "# full Iris-sized training run (n=2, L=2, 60 samples x 30 epochs, batch 20): %.3e s%n",
                benchmark.irisTraining());
        List<String> threadLines = threads.isEmpty() ? List.of() : timeThreads(out, benchmark);
        for (SimulatorBenchmark.Row r : rows) {
            out.println(String.format(Locale.ROOT, "n=%d L=%d fwd+grad %.4e reference %s speedup %s passes %.1f",
                    r.qubits(), r.layers(), r.fastForwardGradient(),
                    Double.isNaN(r.referenceForwardGradient()) ? "n/a" : String.format(Locale.ROOT, "%.4e",
                            r.referenceForwardGradient()),
                    Double.isNaN(r.speedup()) ? "n/a" : String.format(Locale.ROOT, "%.1fx", r.speedup()),
                    r.passes()));
        }
        threadLines.forEach(out::println);
        return 0;
    }

    private List<String> timeThreads(PrintWriter out, SimulatorBenchmark benchmark) {
        out.printf("# mini-batch training (batch %d, 2 epochs), seconds per sample; %d processors available%n",
                SimulatorBenchmark.THREAD_BATCH, Runtime.getRuntime().availableProcessors());
        out.println("#   n   L  threads   per sample  scaling  identical to 1 thread");
        List<String> lines = new ArrayList<>();
        for (int n : qubits.stream().filter(width -> width <= referenceLimit).toList()) {
            double oneThread = Double.NaN;
            for (int t : threads) {
                SimulatorBenchmark.ThreadRow r = benchmark.measureThreads(n, qubitGridLayers, t);
                if (t == 1) {
                    oneThread = r.perSample();
                }
                double scaling = oneThread / r.perSample();
                out.println(String.format(Locale.ROOT, "%5d %3d %8d %12.4e %8.2f  %s", n, qubitGridLayers, t,
                        r.perSample(), scaling, r.identicalToOneThread() ? "yes" : "NO"));
                out.flush();
                lines.add(String.format(Locale.ROOT, "n=%d L=%d threads=%d per-sample %.4e scaling %s identical %s",
                        n, qubitGridLayers, t, r.perSample(),
                        Double.isNaN(scaling) ? "n/a" : String.format(Locale.ROOT, "%.2fx", scaling),
                        r.identicalToOneThread() ? "yes" : "no"));
            }
        }
        return lines;
    }

    private static SimulatorBenchmark.Row print(PrintWriter out, SimulatorBenchmark.Row r) {
        out.println(String.format(Locale.ROOT, "%5d %3d %12.4e %14.4e %12.4e %13.4e %11.4e %8.1f %7.1f",
                r.qubits(), r.layers(), r.fastForward(), r.fastForwardGradient(), r.referenceForward(),
                r.referenceForwardGradient(), r.passSeconds(), r.speedup(), r.passes()));
        out.flush();
        return r;
    }
}
