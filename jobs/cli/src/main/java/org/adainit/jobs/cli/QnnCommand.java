package org.adainit.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluates one QNN on a batch so any other simulator (PennyLane + PyTorch, say) can be checked against ours. */
@Command(
        name = "qnn",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate the paper's QNN on a batch: ⟨Z_i⟩, logits, mean cross-entropy and its gradient.",
            "Input: {\"qubits\",\"layers\",\"classes\",\"l0\",\"l1\",\"l2\",\"x\",\"y\"} (JSON).",
            "Output: {\"expvals\",\"logits\",\"loss\",\"grad\":{\"l0\",\"l1\",\"l2\"}} in full double precision."
        })
final class QnnCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE.json", description = "The model and batch.")
    private Path input;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QnnInputFile file = QnnInputFile.read(input);
        QnnParameters parameters = file.parameters();
        QnnShape shape = parameters.shape();
        int batch = file.x().length;
        QnnModel model = CircuitEvaluators.fastestModel(shape, file.x()[0].length);

        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        var expvals = out.putArray("expvals");
        var logits = out.putArray("logits");
        for (double[] sample : file.x()) {
            double[] z = new double[shape.qubits()];
            double[] l = new double[shape.classes()];
            model.forward(parameters, sample, z, l);
            expvals.add(json.valueToTree(z));
            logits.add(json.valueToTree(l));
        }
        int[] order = new int[batch];
        for (int i = 0; i < batch; i++) {
            order[i] = i;
        }
        double[] gradient = new double[shape.parameterCount()];
        double loss = model.lossAndGradient(parameters, file.x(), file.y(), order, 0, batch, gradient);
        out.put("loss", loss);
        QnnParameters g = new QnnParameters(shape, gradient);
        ObjectNode grad = out.putObject("grad");
        grad.set("l0", json.valueToTree(g.l0Tensor()));
        grad.set("l1", json.valueToTree(g.l1Tensor()));
        grad.set("l2", json.valueToTree(g.l2Tensor()));
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }
}
