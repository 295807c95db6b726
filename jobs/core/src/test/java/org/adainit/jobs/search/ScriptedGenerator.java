package org.adainit.jobs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/** Proposes θ0 with every value equal to t, so a scripted evaluator can recognise the iteration; keeps every context. */
final class ScriptedGenerator implements ParameterGenerator {

    final List<SearchContext> contexts = new ArrayList<>();

    static QnnParameters parametersOf(QnnShape shape, int iteration) {
        double[] values = new double[shape.parameterCount()];
        Arrays.fill(values, iteration);
        return new QnnParameters(shape, values);
    }

    @Override
    public Proposal propose(SearchContext context) {
        contexts.add(context);
        return Proposal.local(parametersOf(context.shape(), context.iteration()), 0);
    }

    @Override
    public String label() {
        return "scripted";
    }
}
