package org.adainit.jobs.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
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
        return cellStream().toList();
    }

    /**
     * The cells of {@link #cells()}, in the same order, made one at a time as the stream is consumed: {@code plan}
     * counts and costs a grid of tens of millions of cells in the memory of its axes. Each id is made once: prior
     * names and method labels that repeat (a normal prior written twice, the llm and replay variants of one method)
     * are enumerated at their first occurrence only, and a baseline with its own prior under the first axis prior.
     */
    public Stream<Cell> cellStream() {
        List<PriorSpec> axisPriors = firstOfEachName(priors, PriorSpec::externalName);
        List<MethodSpec> variants = firstOfEachName(methods, MethodSpec::label);
        return datasets.stream().flatMap(dataset -> axisPriors.stream().flatMap(axisPrior -> structures.stream()
                .flatMap(structure -> seeds.stream().flatMap(repeat -> variants.stream()
                        .filter(method -> method.method().impliedPrior() == null || axisPrior.equals(axisPriors.get(0)))
                        .map(method -> cell(dataset, axisPrior, structure, repeat, method))))));
    }

    private Cell cell(Dataset dataset, PriorSpec axisPrior, Structure structure, int repeat, MethodSpec method) {
        PriorSpec prior = method.method().impliedPrior() == null ? axisPrior : method.method().impliedPrior();
        String id = String.join(".", dataset.externalName(), prior.externalName(), "n" + structure.qubits(),
                "l" + structure.layers(), "s" + repeat, method.label());
        return new Cell(id, dataset, prior, structure, repeat, method, sampling(method, dataset),
                Seeds.derive(seed, id), Seeds.derive(seed, "split." + dataset.externalName() + ".s" + repeat),
                training.head(), training.scoringHead());
    }

    private static <T> List<T> firstOfEachName(List<T> items, Function<T, String> name) {
        Map<String, T> first = new LinkedHashMap<>();
        items.forEach(item -> first.putIfAbsent(name.apply(item), item));
        return List.copyOf(first.values());
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
