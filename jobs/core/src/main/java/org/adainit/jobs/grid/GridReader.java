package org.adainit.jobs.grid;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.input.QubitLimit;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.search.HeadInitialisation;
import org.adainit.jobs.search.PriorName;
import org.adainit.jobs.search.PriorSpec;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.ScoringHead;
import org.adainit.jobs.search.ThresholdRule;
import org.adainit.simulator.training.VarianceDefinition;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads and validates a grid file (YAML). Everything is checked before any work starts: unknown fields, wrong types,
 * values outside their range and names outside their set are reported as an {@link InputException} naming the file,
 * the field path and the allowed values. The format is documented in docs/grids-and-plan.md and in {@code conf/grids/}.
 */
public final class GridReader {

    /** Where bundled grids live on the classpath (the jar carries {@code conf/}). */
    static final String BUNDLED = "/conf/grids/";

    static final int MAX_QUBITS = QubitLimit.MAX;
    static final int MAX_LAYERS = 1000;

    private static final Map<String, Dataset> DATASETS =
            ExternalNames.table(Dataset.values(), Dataset::externalName);

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> ROOT_FIELDS = ordered(
            "name", "description", "seed", "axes", "search", "training", "llm", "budget", "kind");
    private static final Set<String> AXES_FIELDS = ordered("datasets", "priors", "structures", "seeds", "methods");
    private static final Set<String> METHOD_FIELDS =
            ordered("method", "generator", "prompt", "temperature", "top_p", "draws", "support");

    private GridReader() {}

    /**
     * Reads an AdaInit grid from a file path or, when no such file exists, from the bundled grids by file name
     * ({@code quickstart}, {@code quickstart.yaml} or {@code conf/grids/quickstart.yaml} all find the bundled one).
     */
    public static Grid read(String location) {
        return adaInit(location, readDefinition(location));
    }

    /** Reads a grid of any kind, found as {@link #read} finds one. */
    public static GridDefinition readDefinition(String location) {
        return parseDefinition(location, load(location));
    }

    /** Parses AdaInit grid text; {@code source} names it in messages. */
    public static Grid parse(String source, String text) {
        return adaInit(source, parseDefinition(source, text));
    }

    /** Parses grid text of any kind (the {@code kind} field; absent means adainit). */
    public static GridDefinition parseDefinition(String source, String text) {
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": not valid YAML (" + yamlProblem(e) + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new InputException(source + ": expected a mapping with fields " + String.join(", ", ROOT_FIELDS));
        }
        GridNode root = GridNode.root(source, tree);
        GridKind kind = root.field("kind").present()
                ? root.field("kind").choice(ExternalNames.table(GridKind.class))
                : GridKind.ADAINIT;
        return kind == GridKind.ADAINIT ? adaInit(source, root) : DiagnosticGridReader.parse(root, kind);
    }

    private static Grid adaInit(String source, GridDefinition definition) {
        if (definition instanceof Grid grid) {
            return grid;
        }
        throw new InputException(source + ": is a " + definition.kind().externalName() + " grid; this command "
                + "takes an adainit grid");
    }

    private static String load(String location) {
        Path path = Path.of(location);
        if (Files.isRegularFile(path)) {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(location + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        String fileName = path.getFileName() == null ? location : path.getFileName().toString();
        String resource = BUNDLED + (fileName.endsWith(".yaml") ? fileName : fileName + ".yaml");
        try (InputStream in = GridReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InputException(location + ": no such grid file (nor a bundled grid of that name; "
                        + "the bundled grids are in conf/grids/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(location + ": cannot read the bundled grid (" + e.getMessage() + ")", e);
        }
    }

    private static Grid adaInit(String source, GridNode node) {
        GridNode root = node.requireMapping(ROOT_FIELDS);
        String name = name(root);
        GridNode axes = root.field("axes").requireMapping(AXES_FIELDS);
        List<Dataset> datasets = names(axes.field("datasets"), DATASETS);
        LlmSpec llm = llm(root.field("llm"));
        List<MethodSpec> methods = methods(axes.field("methods"));
        Grid grid = new Grid(
                name,
                root.field("description").text(""),
                root.field("seed").longValue(),
                datasets,
                priors(axes.field("priors")),
                structures(axes.field("structures")),
                axes.field("seeds").integers(0, Integer.MAX_VALUE),
                methods,
                search(root.field("search")),
                training(root.field("training")),
                llm,
                budget(root.field("budget")));
        requireSampling(grid, source);
        requireHeadFits(grid, root.field("training").field("head"));
        return grid;
    }

    /** SnakeYAML's multi-line report reduced to its problem and line, so the message stays on one line. */
    private static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return marked.getProblem() + " at line " + (marked.getProblemMark().getLine() + 1);
        }
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        return e.getLocation() == null ? first : first + " at line " + e.getLocation().getLineNr();
    }

    /**
     * Every dataset that meets a sampling generator without explicit settings needs {@code llm.sampling.DATASET};
     * checked again after {@code --generator} changes the generators.
     */
    public static void requireSampling(Grid grid, String source) {
        for (MethodSpec method : grid.methods()) {
            if (method.samples() && method.sampling() == null) {
                for (Dataset dataset : grid.datasets()) {
                    if (!grid.llm().sampling().containsKey(dataset.externalName())) {
                        throw new InputException(source + ": field 'llm.sampling." + dataset.externalName()
                                + "' is required: generator " + method.generator().externalName()
                                + " needs {temperature, top_p} for dataset " + dataset.externalName());
                    }
                }
            }
        }
    }

    /** The grid's name, checked to be usable in paths and table rows. */
    static String name(GridNode root) {
        String name = root.field("name").text();
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw root.field("name").error("is '" + name + "': use lower-case letters, digits, '-' and '_'");
        }
        return name;
    }

    static <E> List<E> names(GridNode node, Map<String, E> allowed) {
        List<E> values = new ArrayList<>();
        for (GridNode item : node.list()) {
            E value = item.choice(allowed);
            if (values.contains(value)) {
                throw item.error("repeats '" + item.text() + "'");
            }
            values.add(value);
        }
        return values;
    }

    /**
     * The priors axis: each item a name ({@code uniform}, {@code uniform-2pi}) or a family with parameters
     * ({@code {prior: normal, mean: 0, std: 0.5}}); a parameter left out keeps the bare law's value.
     */
    private static List<PriorSpec> priors(GridNode node) {
        List<PriorSpec> priors = new ArrayList<>();
        for (GridNode item : node.list()) {
            PriorSpec prior = item.isScalar() ? item.choice(PriorSpec.names()) : parameterisedPrior(item);
            if (priors.contains(prior)) {
                throw item.error("repeats the prior '" + prior.externalName() + "'");
            }
            priors.add(prior);
        }
        return priors;
    }

    private static PriorSpec parameterisedPrior(GridNode item) {
        if (!item.isMapping()) {
            throw item.error("must be a prior name or a mapping {prior: FAMILY, PARAMETER: VALUE, ...}");
        }
        PriorName family = item.field("prior").choice(ExternalNames.table(PriorName.values(), PriorName::externalName));
        Set<String> allowed = ordered("prior");
        allowed.addAll(family.parameterNames());
        item.requireMapping(allowed);
        // Nothing given is the bare law, which for the fitted Beta has no values to fill in.
        boolean anyGiven = family.parameterNames().stream().anyMatch(name -> item.field(name).present());
        List<Double> values = new ArrayList<>();
        for (int i = 0; anyGiven && i < family.parameterNames().size(); i++) {
            GridNode parameter = item.field(family.parameterNames().get(i));
            if (parameter.present()) {
                values.add(parameter.number());
            } else if (!family.bareValues().isEmpty()) {
                values.add(family.bareValues().get(i));
            } else {
                throw parameter.error("is required: prior " + family.externalName() + " takes "
                        + String.join(" and ", family.parameterNames()) + " together (neither means the fitted law)");
            }
        }
        try {
            return new PriorSpec(family, values);
        } catch (IllegalArgumentException e) {
            throw item.error(e.getMessage());
        }
    }

    private static List<Structure> structures(GridNode node) {
        List<Structure> structures = new ArrayList<>();
        for (GridNode block : node.list()) {
            block.requireMapping(ordered("qubits", "layers"));
            for (int qubits : block.field("qubits").integers(1, MAX_QUBITS)) {
                for (int layers : block.field("layers").integers(1, MAX_LAYERS)) {
                    Structure structure = new Structure(qubits, layers);
                    if (!structures.contains(structure)) {
                        structures.add(structure);
                    }
                }
            }
        }
        return structures;
    }

    private static List<MethodSpec> methods(GridNode node) {
        Map<String, Method> methodNames = ExternalNames.table(Method.class);
        List<MethodSpec> methods = new ArrayList<>();
        for (GridNode item : node.list()) {
            List<MethodSpec> variants;
            if (item.isScalar()) {
                Method method = item.choice(methodNames);
                if (!method.singleTraining()) {
                    throw item.error("is 'adainit' without a generator: write {method: adainit, generator: "
                            + String.join("|", ExternalNames.table(GeneratorName.class).keySet()) + "}");
                }
                variants = List.of(MethodSpec.baseline(method));
            } else {
                item.requireMapping(METHOD_FIELDS);
                variants = methodVariants(item, item.field("method").choice(methodNames));
            }
            for (MethodSpec variant : variants) {
                if (methods.contains(variant)) {
                    throw item.error("repeats the method variant '" + variant.label() + "'");
                }
                methods.add(variant);
            }
        }
        return methods;
    }

    private static List<MethodSpec> methodVariants(GridNode item, Method method) {
        if (method.singleTraining()) {
            for (String field : List.of("generator", "prompt", "temperature", "top_p", "support")) {
                if (item.field(field).present()) {
                    throw item.field(field).error("applies to method adainit only, not " + method.externalName());
                }
            }
            if (item.field("draws").present()) {
                if (method != Method.INIT_ENSEMBLE) {
                    throw item.field("draws").error("applies to method init-ensemble only, not "
                            + method.externalName());
                }
                return List.of(MethodSpec.ensemble(item.field("draws").integer(2, 1_000_000)));
            }
            return List.of(MethodSpec.baseline(method));
        }
        if (item.field("draws").present()) {
            throw item.field("draws").error("applies to method init-ensemble only, not adainit");
        }
        GeneratorName generator = item.field("generator").choice(ExternalNames.table(GeneratorName.class));
        PromptVariant prompt = item.field("prompt").present()
                ? item.field("prompt").choice(ExternalNames.table(PromptVariant.values(), PromptVariant::externalName))
                : PromptVariant.FULL;
        ProposalSupport support = support(item.field("support"), generator);
        GridNode temperature = item.field("temperature");
        GridNode topP = item.field("top_p");
        if (temperature.present() != topP.present()) {
            throw (temperature.present() ? topP : temperature).error("is required with "
                    + (temperature.present() ? "temperature" : "top_p") + ": give both or neither");
        }
        if (!temperature.present()) {
            return List.of(MethodSpec.adaInit(generator, prompt, null, support));
        }
        if (!MethodSpec.samples(generator)) {
            throw temperature.error("applies to the llm and replay generators only, not "
                    + generator.externalName());
        }
        List<MethodSpec> variants = new ArrayList<>();
        for (double t : temperature.numbers(0, 2)) {
            for (double p : topP.numbers(Double.MIN_VALUE, 1)) {
                variants.add(MethodSpec.adaInit(generator, prompt, new Sampling(t, p), support));
            }
        }
        return variants;
    }

    /** A method's {@code support}: the embedded generator's only, since no other generator mutates a parent. */
    private static ProposalSupport support(GridNode node, GeneratorName generator) {
        if (!node.present()) {
            return ProposalSupport.FREE;
        }
        if (generator != GeneratorName.EMBEDDED) {
            throw node.error("applies to the embedded generator only, not " + generator.externalName());
        }
        return node.choice(ExternalNames.table(ProposalSupport.class));
    }

    private static SearchSpec search(GridNode node) {
        if (node.present()) {
            node.requireMapping(ordered("iterations", "threshold"));
        }
        GridNode threshold = node.field("threshold");
        ThresholdRule rule = ThresholdRule.PAPER;
        if (threshold.present()) {
            try {
                rule = ThresholdRule.parse(threshold.scalarText());
            } catch (IllegalArgumentException e) {
                throw threshold.error("is '" + threshold.scalarText() + "', allowed: paper, mcclean or a number >= 0");
            }
        }
        return new SearchSpec(node.field("iterations").integer(1, 100_000, 50), rule.externalName());
    }

    private static TrainingSpec training(GridNode node) {
        if (node.present()) {
            node.requireMapping(ordered(
                    "epochs", "batch_size", "learning_rate", "variance", "threads", "head", "scoring_head"));
        }
        return new TrainingSpec(
                node.field("epochs").integer(1, 100_000, 30),
                node.field("batch_size").integer(1, 1_000_000, 20),
                node.field("learning_rate").number(Double.MIN_VALUE, 10, 0.01),
                node.field("variance").present()
                        ? node.field("variance").choice(ExternalNames.table(VarianceDefinition.class))
                        : VarianceDefinition.EPOCH_LAST_BATCH,
                node.field("threads").integer(1, 1024, 1),
                head(node.field("head")),
                node.field("scoring_head").present()
                        ? node.field("scoring_head").choice(ExternalNames.table(ScoringHead.class))
                        : ScoringHead.TRAINED);
    }

    /** {@code training.head}: a mode name, or {@code {init: fixed, l1: [...], l2: [...]}}. */
    private static HeadInitialisation head(GridNode node) {
        Map<String, HeadInitialisation.Mode> modes = ExternalNames.table(HeadInitialisation.Mode.class);
        if (!node.present()) {
            return HeadInitialisation.PRIOR;
        }
        if (node.isScalar()) {
            HeadInitialisation.Mode mode = node.choice(modes);
            if (mode == HeadInitialisation.Mode.FIXED) {
                throw node.error("is 'fixed' without values: write {init: fixed, l1: [...], l2: [...]}");
            }
            return new HeadInitialisation(mode, List.of(), List.of());
        }
        node.requireMapping(ordered("init", "l1", "l2"));
        HeadInitialisation.Mode mode = node.field("init").choice(modes);
        if (mode != HeadInitialisation.Mode.FIXED) {
            for (String field : List.of("l1", "l2")) {
                if (node.field(field).present()) {
                    throw node.field(field).error("applies to init: fixed only, not " + mode.externalName());
                }
            }
            return new HeadInitialisation(mode, List.of(), List.of());
        }
        List<List<Double>> l1 = new ArrayList<>();
        for (GridNode row : node.field("l1").list()) {
            l1.add(row.isScalar() ? List.of(row.number()) : finite(row.list()));
        }
        List<Double> l2 = finite(node.field("l2").list());
        try {
            return new HeadInitialisation(mode, l1, l2);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static List<Double> finite(List<GridNode> items) {
        List<Double> values = new ArrayList<>();
        for (GridNode item : items) {
            values.add(item.number());
        }
        return values;
    }

    /** A fixed head must fit every structure of the grid. */
    private static void requireHeadFits(Grid grid, GridNode node) {
        for (Structure structure : grid.structures()) {
            String mismatch = grid.training().head().mismatch(structure.shape());
            if (mismatch != null) {
                throw node.field("l1").error(mismatch + " at " + structure.qubits() + " qubits");
            }
        }
    }

    private static LlmSpec llm(GridNode node) {
        if (node.present()) {
            node.requireMapping(ordered("endpoint", "model", "api_key_env", "cache_dir", "sampling"));
        }
        Map<String, Sampling> sampling = new LinkedHashMap<>();
        GridNode samplingNode = node.field("sampling");
        if (samplingNode.present()) {
            for (Map.Entry<String, GridNode> entry : samplingNode.entries().entrySet()) {
                if (!DATASETS.containsKey(entry.getKey())) {
                    throw entry.getValue().error("is not a dataset; allowed: " + String.join(", ", DATASETS.keySet()));
                }
                GridNode s = entry.getValue().requireMapping(ordered("temperature", "top_p"));
                sampling.put(entry.getKey(),
                        new Sampling(s.field("temperature").number(0, 2), s.field("top_p").number(Double.MIN_VALUE, 1)));
            }
        }
        String apiKeyEnv = node.field("api_key_env").text("OPENAI_API_KEY");
        if (!LlmSettings.isVariableName(apiKeyEnv)) {
            throw node.field("api_key_env").error(LlmSettings.API_KEY_ENV_RULE);
        }
        return new LlmSpec(node.field("endpoint").text(null), node.field("model").text("gpt-4o"), apiKeyEnv,
                node.field("cache_dir").text(null), sampling);
    }

    private static BudgetSpec budget(GridNode node) {
        BudgetSpec none = BudgetSpec.NONE;
        if (!node.present()) {
            return none;
        }
        node.requireMapping(ordered("max_simulator_hours", "max_llm_calls", "max_tokens", "max_cost_usd"));
        return new BudgetSpec(
                node.field("max_simulator_hours").number(0, Double.MAX_VALUE, none.maxSimulatorHours()),
                node.field("max_llm_calls").present()
                        ? node.field("max_llm_calls").integer(0, Integer.MAX_VALUE) : none.maxLlmCalls(),
                node.field("max_tokens").present()
                        ? node.field("max_tokens").integer(0, Integer.MAX_VALUE) : none.maxTokens(),
                node.field("max_cost_usd").number(0, Double.MAX_VALUE, none.maxCostUsd()));
    }

    static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
