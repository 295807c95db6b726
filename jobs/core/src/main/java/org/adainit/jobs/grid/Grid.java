package org.adainit.jobs.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.search.PriorSpec;
import org.adainit.simulator.seed.Seeds;

/**
 * A validated grid file ({@link GridReader}): the axes whose product makes the cells, and the settings every cell
 * shares. Immutable and serialisable, so the driver ships it to the executors as is.
 *
 * @param seed the global seed every cell seed derives from
 * @param structures (qubits, layers) pairs, duplicates removed, in file order
 * @param seeds repeat indices
 * @param methods method variants, duplicates removed
 */
public record Grid(
        String name,
        String description,
        long seed,
        List<Dataset> datasets,
        List<PriorSpec> priors,
        List<Structure> structures,
        List<Integer> seeds,
        List<MethodSpec> methods,
        SearchSpec search,
        TrainingSpec training,
        LlmSpec llm,
        BudgetSpec budget) implements GridDefinition, Serializable {

    public Grid {
        datasets = List.copyOf(datasets);
        priors = List.copyOf(priors);
        structures = List.copyOf(structures);
        seeds = List.copyOf(seeds);
        methods = List.copyOf(methods);
    }

    @Override
    public GridKind kind() {
        return GridKind.ADAINIT;
    }

    /**
     * Every cell: datasets × priors × structures × seeds × methods, where the GaInit and BeInit baselines impose their
     * own prior (so they appear once per structure and seed whatever the priors axis holds).
     */
    public List<Cell> cells() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            for (PriorSpec axisPrior : priors) {
                for (Structure structure : structures) {
                    for (int repeat : seeds) {
                        for (MethodSpec method : methods) {
                            PriorSpec prior = method.method().impliedPrior() == null
                                    ? axisPrior
                                    : method.method().impliedPrior();
                            String id = String.join(".", dataset.externalName(), prior.externalName(), "n" + structure.qubits(),
                                    "l" + structure.layers(), "s" + repeat, method.label());
                            cells.computeIfAbsent(id, key -> new Cell(key, dataset, prior, structure, repeat, method,
                                    sampling(method, dataset), Seeds.derive(seed, key),
                                    Seeds.derive(seed, "split." + dataset.externalName() + ".s" + repeat),
                                    training.head()));
                        }
                    }
                }
            }
        }
        return List.copyOf(cells.values());
    }

    /** True when some method variant uses this generator. */
    public boolean uses(GeneratorName generator) {
        return methods.stream().anyMatch(m -> m.generator() == generator);
    }

    /**
     * This grid with every AdaInit variant switched to {@code generator} (the {@code --generator} option), variants
     * that become equal merged.
     */
    public Grid withGenerator(GeneratorName generator) {
        List<MethodSpec> replaced = new ArrayList<>();
        for (MethodSpec method : methods) {
            MethodSpec m = method.withGenerator(generator);
            if (!replaced.contains(m)) {
                replaced.add(m);
            }
        }
        return new Grid(name, description, seed, datasets, priors, structures, seeds, replaced, search, training,
                llm, budget);
    }

    /**
     * This grid as its results are recorded: every replay variant as the llm variant whose replies it re-serves, so
     * a replay of an llm grid has that grid's hash and resumes or reproduces its results.
     */
    public Grid recorded() {
        List<MethodSpec> recorded = methods.stream().map(MethodSpec::recorded).distinct().toList();
        return new Grid(name, description, seed, datasets, priors, structures, seeds, recorded, search, training,
                llm, budget);
    }

    /** This grid with the LLM endpoint set (the {@code --endpoint} option or {@code ADAINIT_LLM_ENDPOINT}). */
    public Grid withEndpoint(String endpoint) {
        return new Grid(name, description, seed, datasets, priors, structures, seeds, methods, search, training,
                llm.withEndpoint(endpoint), budget);
    }

    private Sampling sampling(MethodSpec method, Dataset dataset) {
        if (!method.samples()) {
            return null;
        }
        return method.sampling() != null ? method.sampling() : llm.sampling().get(dataset.externalName());
    }
}
