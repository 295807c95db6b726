package org.adainit.jobs.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.search.HeadInitialisation;
import org.adainit.jobs.search.PriorName;
import org.adainit.jobs.search.PriorSpec;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.ScoringHead;
import org.adainit.simulator.training.VarianceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridReaderTest {

    static final Path GRIDS = Path.of(System.getProperty("adainit.root")).resolve("conf/grids");

    private static final String GOOD = """
            name: tiny
            seed: 7
            axes:
              datasets: [iris]
              priors: [uniform, normal]
              structures:
                - {qubits: [2, 3], layers: [1]}
              seeds: [0, 1]
              methods:
                - classic
                - {method: adainit, generator: embedded}
            search: {iterations: 3, threshold: paper}
            training: {epochs: 2, batch_size: 20, learning_rate: 0.01, variance: epoch-last-batch}
            """;

    @TempDir
    Path dir;

    @Test
    void everyShippedGridIsValidAndExpandsToTheProductOfItsAxes() throws Exception {
        List<Path> files;
        try (var listing = Files.list(GRIDS)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> GridReader.readDefinition(p.toString()).kind() == GridKind.ADAINIT)
                    .sorted()
                    .toList();
        }
        Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("quickstart.yaml", "fig3-qubits.yaml", "fig3-layers.yaml", "fig4-prompts.yaml",
                "fig6-baselines.yaml", "fig7-sampling.yaml", "fig8-ei.yaml", "fig3-qubits-laptop.yaml", "fig3-bp.yaml",
                "fig3-bp-laptop.yaml"), names);
        for (Path file : files) {
            Grid grid = GridReader.read(file.toString());
            assertEquals(file.getFileName().toString(), grid.name() + ".yaml");
            long product = (long) grid.datasets().size() * grid.priors().size() * grid.structures().size()
                    * grid.seeds().size() * grid.methods().size();
            List<Cell> cells = grid.cells();
            boolean baselinesImposePriors = grid.methods().stream().anyMatch(m -> m.method().impliedPrior() != null);
            if (!baselinesImposePriors) {
                assertEquals(product, cells.size(), file.toString());
            }
            assertEquals(cells.size(), cells.stream().map(Cell::id).distinct().count(), "unique ids in " + file);
            assertEquals(cells.size(), cells.stream().map(Cell::cellSeed).distinct().count(), "seeds in " + file);
        }
    }

    @Test
    void paperGridsCarryThePaperSettings() {
        Grid qubits = GridReader.read(GRIDS.resolve("fig3-qubits.yaml").toString());
        assertEquals(List.of(2, 4, 6, 8, 10, 12, 14, 16, 18, 20),
                qubits.structures().stream().map(Structure::qubits).toList());
        assertTrue(qubits.structures().stream().allMatch(s -> s.layers() == 2));
        Grid layers = GridReader.read(GRIDS.resolve("fig3-layers.yaml").toString());
        assertEquals(List.of(4, 8, 12, 16, 20, 24, 28, 32, 36, 40),
                layers.structures().stream().map(Structure::layers).toList());
        for (Grid grid : List.of(qubits, layers)) {
            assertEquals(50, grid.search().iterations());
            assertEquals("paper", grid.search().threshold());
            assertEquals(new TrainingSpec(30, 20, 0.01, VarianceDefinition.EPOCH_LAST_BATCH, 1,
                    HeadInitialisation.PRIOR, ScoringHead.TRAINED), grid.training());
            assertEquals(List.of(0, 1, 2, 3, 4), grid.seeds());
            assertEquals(List.of(PriorSpec.of(PriorName.UNIFORM), PriorSpec.of(PriorName.NORMAL), PriorSpec.of(PriorName.BETA)),
                    grid.priors());
            assertEquals("gpt-4o", grid.llm().model());
            assertEquals(Map.of("iris", new Sampling(0.5, 0.9), "wine", new Sampling(0.1, 0.45),
                    "titanic", new Sampling(0.8, 0.75), "mnist", new Sampling(0.8, 0.8)), grid.llm().sampling());
        }
        Grid prompts = GridReader.read(GRIDS.resolve("fig4-prompts.yaml").toString());
        assertEquals(Set.of(PromptVariant.values()),
                prompts.methods().stream().map(MethodSpec::prompt).collect(Collectors.toSet()));
        Grid sampling = GridReader.read(GRIDS.resolve("fig7-sampling.yaml").toString());
        Set<Sampling> settings = sampling.methods().stream().map(MethodSpec::sampling).collect(Collectors.toSet());
        assertEquals(10 * 12, settings.size());
        for (Sampling optimum : prompts.llm().sampling().values()) {
            assertTrue(settings.contains(optimum), "Fig. 7 grid holds the reported optimum " + optimum);
        }
    }

    @Test
    void gaInitAndBeInitBaselinesImposeTheirPriorOnce() {
        Grid grid = GridReader.read(GRIDS.resolve("fig6-baselines.yaml").toString());
        Map<String, Long> perVariantAndPrior = grid.cells().stream()
                .collect(Collectors.groupingBy(c -> c.method().label() + "/" + c.prior().externalName(),
                        Collectors.counting()));
        long perPrior = (long) grid.structures().size() * grid.seeds().size();
        assertEquals(Map.of("gainit/gainit", perPrior, "beinit/beinit", perPrior,
                "adainit-llm/gainit", perPrior, "adainit-llm/beinit", perPrior), perVariantAndPrior);
    }

    @Test
    void aCellWhoseIdRepeatsIsMadeOnceInThePlaceItFirstTakes() {
        // gainit brings its own prior (one cell per seed whatever the priors axis holds); replay is recorded as llm.
        Grid grid = GridReader.parse("repeats.yaml", """
                name: repeats
                seed: 3
                axes: {datasets: [iris], priors: [uniform, normal], structures: [{qubits: 2, layers: 1}],
                       seeds: [0, 1], methods: [gainit, {method: adainit, generator: llm},
                                                {method: adainit, generator: replay}]}
                llm: {sampling: {iris: {temperature: 0.5, top_p: 0.9}}}
                """);
        assertEquals(List.of("iris.gainit.n2.l1.s0.gainit", "iris.uniform.n2.l1.s0.adainit-llm",
                        "iris.gainit.n2.l1.s1.gainit", "iris.uniform.n2.l1.s1.adainit-llm",
                        "iris.normal.n2.l1.s0.adainit-llm", "iris.normal.n2.l1.s1.adainit-llm"),
                grid.cellStream().map(Cell::id).toList());
        assertTrue(grid.cellStream().filter(c -> c.id().endsWith("adainit-llm"))
                .allMatch(c -> c.method().generator() == GeneratorName.LLM), "the first variant of a label is kept");
    }

    @Test
    void cellsOfOneRepeatShareTheSplitAndCellsShareSeedsAcrossGridsByIdOnly() {
        Grid tiny = GridReader.parse("tiny.yaml", GOOD);
        Map<String, Cell> byId = tiny.cells().stream().collect(Collectors.toMap(Cell::id, c -> c));
        Cell classic = byId.get("iris.uniform.n2.l1.s0.classic");
        Cell ours = byId.get("iris.uniform.n2.l1.s0.adainit-embedded");
        Cell otherSeed = byId.get("iris.uniform.n2.l1.s1.classic");
        assertEquals(classic.splitSeed(), ours.splitSeed());
        assertNotEquals(classic.splitSeed(), otherSeed.splitSeed());
        assertNotEquals(classic.cellSeed(), ours.cellSeed());
        Grid reordered = GridReader.parse("reordered.yaml", GOOD.replace("[uniform, normal]", "[normal, uniform]")
                .replace("[0, 1]", "[1, 0]"));
        for (Cell cell : reordered.cells()) {
            assertEquals(byId.get(cell.id()).cellSeed(), cell.cellSeed(), "a cell's seed depends on its id only");
        }
        Grid reseeded = GridReader.parse("reseeded.yaml", GOOD.replace("seed: 7", "seed: 8"));
        assertNotEquals(classic.cellSeed(), reseeded.cells().get(0).cellSeed());
    }

    @Test
    void generatorOverrideSwitchesEveryAdaInitVariantAndMergesDuplicates() {
        Grid sampling = GridReader.read(GRIDS.resolve("fig7-sampling.yaml").toString());
        Grid offline = sampling.withGenerator(GeneratorName.EMBEDDED);
        assertEquals(List.of("adainit-embedded"), offline.methods().stream().map(MethodSpec::label).toList());
        assertTrue(offline.cells().stream().allMatch(c -> c.sampling() == null));
        Grid quick = GridReader.parse("q.yaml", GOOD.replace("- classic", "- {method: adainit, generator: random}"));
        assertEquals(2, quick.methods().size());
        assertEquals(1, quick.withGenerator(GeneratorName.RANDOM).methods().size());
        assertNotEquals(GridJson.hash(sampling), GridJson.hash(offline));
        assertEquals(GridJson.hash(sampling), GridJson.hash(GridReader.read("fig7-sampling")),
                "the bundled copy on the classpath is the same grid");
    }

    @Test
    void hashIgnoresCommentsLayoutAndBudgetButNotSettings() {
        String commented = "# a comment\n" + GOOD.replace("seed: 7", "seed:   7   # global seed");
        assertEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(GridReader.parse("b", commented)));
        assertEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(GridReader.parse("d",
                GOOD + "budget: {max_cost_usd: 5}\nllm: {cache_dir: /tmp/c, api_key_env: MY_KEY}\n")),
                "caps and where keys and cached replies live change no result");
        Grid threaded = GridReader.parse("t",
                GOOD.replace("variance: epoch-last-batch}", "variance: epoch-last-batch, threads: 4}"));
        assertEquals(4, threaded.training().config().threads(), "training.threads reaches the trainer");
        assertEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(threaded),
                "threads change no result, so a run may resume with another count");
        assertNotEquals(GridJson.hash(GridReader.parse("a", GOOD)),
                GridJson.hash(GridReader.parse("c", GOOD.replace("epochs: 2", "epochs: 3"))));
    }

    @Test
    void gridsWithoutTheNewSettingsKeepTheHashTheyHadBeforePriorsTookParameters() {
        // Hashes computed with the grid reader of commit ed8c2a0, before priors took parameters.
        assertEquals("428e9ef436f3ac35", GridJson.hash(GridReader.parse("a", GOOD)));
        assertEquals("677ec3c159ffd01f", GridJson.hash(GridReader.parse("a",
                GOOD.replace("priors: [uniform, normal]", "priors: [beta, gainit, beinit]"))));
    }

    @Test
    void priorsTakeParametersAndShortNamesAndNameTheirCells() {
        Grid grid = GridReader.parse("p.yaml", GOOD.replace("priors: [uniform, normal]", """
                priors:
                    - uniform
                    - uniform-2pi
                    - {prior: normal, std: 0.5}
                    - {prior: beta, alpha: 2, beta: 5}
                    - {prior: beta}"""));
        assertEquals(List.of("uniform", "uniform-2pi", "normal-mean0-std0.5", "beta-alpha2-beta5", "beta"),
                grid.priors().stream().map(PriorSpec::externalName).toList());
        assertEquals(List.of(0.0, 0.5), grid.priors().get(2).parameters(), "a left-out mean keeps the bare 0");
        assertTrue(grid.cells().stream().anyMatch(c -> c.id().equals("iris.uniform-2pi.n2.l1.s0.classic")));
        Grid written = GridReader.parse("q.yaml", GOOD.replace("priors: [uniform, normal]",
                "priors: [{prior: uniform, low: 0, high: 1}, {prior: uniform, low: 0, high: 6.283185307179586}]"));
        Grid named = GridReader.parse("r.yaml", GOOD.replace("priors: [uniform, normal]", "priors: [uniform, uniform-2pi]"));
        assertEquals(GridJson.hash(named), GridJson.hash(written), "the same laws, however written, hash alike");
        assertNotEquals(GridJson.hash(named), GridJson.hash(GridReader.parse("a", GOOD.replace(
                "priors: [uniform, normal]", "priors: [uniform, uniform-pm-pi]"))));
    }

    @Test
    void theHeadSettingReachesEveryCellAndTheHashOnlyWhenNotTheDefault() {
        String prior = GOOD.replace("variance: epoch-last-batch}", "variance: epoch-last-batch, head: prior}");
        assertEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(GridReader.parse("p", prior)),
                "head: prior is what grids did before the setting existed");
        Grid torch = GridReader.parse("t", GOOD.replace("variance: epoch-last-batch}",
                "variance: epoch-last-batch, head: torch-default}"));
        assertNotEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(torch));
        assertTrue(torch.cells().stream().allMatch(c -> c.head().equals(HeadInitialisation.torchDefault())));
        Grid fixed = GridReader.parse("f", GOOD.replace("variance: epoch-last-batch}",
                "variance: epoch-last-batch, head: {init: fixed, l1: [0.5, -0.5], l2: [0, 0]}}"));
        assertEquals(List.of(List.of(0.5), List.of(-0.5)), fixed.training().head().l1());
        assertNotEquals(GridJson.hash(torch), GridJson.hash(fixed));
    }

    @Test
    void theScoringHeadReachesEveryCellAndTheTrainerAndTheHashOnlyWhenNotTheDefault() {
        String trained =
                GOOD.replace("variance: epoch-last-batch}", "variance: epoch-last-batch, scoring_head: trained}");
        assertEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(GridReader.parse("t", trained)),
                "scoring_head: trained is what grids did before the setting existed");
        assertFalse(GridReader.parse("a", GOOD).training().config().headFrozen());
        Grid frozen = GridReader.parse("f", GOOD.replace("variance: epoch-last-batch}",
                "variance: epoch-last-batch, scoring_head: frozen}"));
        Grid normalised = GridReader.parse("n", GOOD.replace("variance: epoch-last-batch}",
                "variance: epoch-last-batch, scoring_head: normalised}"));
        assertTrue(frozen.cells().stream().allMatch(c -> c.scoringHead() == ScoringHead.FROZEN));
        assertTrue(normalised.cells().stream().allMatch(c -> c.scoringHead() == ScoringHead.NORMALISED));
        assertTrue(frozen.training().config().headFrozen(), "a frozen head reaches every training, diagnose's too");
        assertFalse(normalised.training().config().headFrozen());
        assertEquals(3, new HashSet<>(List.of(GridJson.hash(GridReader.parse("a", GOOD)),
                GridJson.hash(frozen), GridJson.hash(normalised))).size());
        assertEquals(GridReader.parse("a", GOOD).cells().stream().map(Cell::id).toList(),
                frozen.cells().stream().map(Cell::id).toList(), "the setting is per grid, not part of cell ids");
    }

    @Test
    void theEmbeddedGeneratorsSupportNamesItsVariantOnlyWhenNotTheDefault() {
        Grid free = GridReader.parse("f", GOOD.replace("generator: embedded}", "generator: embedded, support: free}"));
        assertEquals(GridJson.hash(GridReader.parse("a", GOOD)), GridJson.hash(free),
                "support: free is what the embedded generator did before the option existed");
        assertEquals(GridReader.parse("a", GOOD).cells().stream().map(Cell::id).toList(),
                free.cells().stream().map(Cell::id).toList());
        Grid both = GridReader.parse("b", GOOD.replace("- {method: adainit, generator: embedded}", """
                - {method: adainit, generator: embedded}
                    - {method: adainit, generator: embedded, support: prior}"""));
        assertEquals(List.of("classic", "adainit-embedded", "adainit-embedded-prior-support"),
                both.methods().stream().map(MethodSpec::label).toList());
        assertEquals(Arrays.asList(null, ProposalSupport.FREE, ProposalSupport.PRIOR),
                both.methods().stream().map(MethodSpec::support).toList());
        assertTrue(both.cells().stream().anyMatch(c -> c.method().support() == ProposalSupport.PRIOR
                && c.id().equals("iris.uniform.n2.l1.s0.adainit-embedded-prior-support")));
        assertNotEquals(GridJson.hash(free), GridJson.hash(both));
        assertEquals(List.of("adainit-random"), both.withGenerator(GeneratorName.RANDOM).methods().stream()
                .filter(m -> m.generator() != null).map(MethodSpec::label).distinct().toList(),
                "another generator drops the embedded generator's support");
    }

    @Test
    void theScoringHeadAndTheSupportSurviveTheCommittedOutcomeFormAndOlderFilesReadAsTheDefaults() throws Exception {
        Grid grid = GridReader.parse("r", GOOD.replace("generator: embedded}", "generator: embedded, support: prior}")
                .replace("variance: epoch-last-batch}", "variance: epoch-last-batch, scoring_head: normalised}"));
        for (Cell cell : grid.cells()) {
            String committed = new String(OutcomeJson.write(cell, cell.id()), StandardCharsets.UTF_8);
            assertEquals(cell, OutcomeJson.read("cell.json", committed, Cell.class));
        }
        Cell search = grid.cells().stream().filter(c -> c.method().generator() != null).findFirst().orElseThrow();
        ObjectMapper json = new ObjectMapper();
        ObjectNode older = json.readValue(OutcomeJson.write(search, search.id()), ObjectNode.class);
        older.remove("scoringHead");
        ((ObjectNode) older.get("method")).remove("support");
        Cell before = OutcomeJson.read("old.json", json.writeValueAsString(older), Cell.class);
        assertEquals(ScoringHead.TRAINED, before.scoringHead());
        assertEquals(ProposalSupport.FREE, before.method().support());
    }

    @Test
    void aKeyPastedAsTheVariableNameIsRejectedWithoutRepeatingIt() {
        InputException e = assertThrows(InputException.class, () -> GridReader.parse("k.yaml",
                GOOD + "llm: {api_key_env: sk-proj-Zq81x-secret}\n"));
        assertTrue(e.getMessage().startsWith("k.yaml: field 'llm.api_key_env' must name an environment variable"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Zq81x"), e.getMessage());
    }

    @Test
    void aReplayOfAnLlmGridIsTheSameGridWithTheSameCells() {
        Grid llm = GridReader.parse("l.yaml", GOOD.replace("generator: embedded", "generator: llm")
                + "llm: {model: m, sampling: {iris: {temperature: 0.5, top_p: 0.9}}}\n");
        Grid replay = llm.withGenerator(GeneratorName.REPLAY);
        assertEquals(GridJson.hash(llm), GridJson.hash(replay), "only where the replies come from differs");
        assertEquals(llm.cells().stream().map(c -> c.id() + " " + c.cellSeed()).toList(),
                replay.cells().stream().map(c -> c.id() + " " + c.cellSeed()).toList());
        assertTrue(replay.cells().stream().anyMatch(c -> c.id().endsWith(".adainit-llm")
                && c.method().generator() == GeneratorName.REPLAY), "replay cells keep their transport");
    }

    @Test
    void theInitialisationEnsembleIsAMethodWithItsDrawCount() {
        Grid grid = GridReader.parse("e.yaml", GOOD.replace("- classic",
                "- classic\n    - init-ensemble\n    - {method: init-ensemble, draws: 500}"));
        assertEquals(List.of("classic", "init-ensemble-k100", "init-ensemble-k500", "adainit-embedded"),
                grid.methods().stream().map(MethodSpec::label).toList());
        assertEquals(500, grid.methods().get(2).draws());
        assertTrue(grid.cells().stream().anyMatch(c -> c.id().equals("iris.normal.n3.l1.s1.init-ensemble-k500")));
    }

    @Test
    void rangesExpandWithBothEndsIncluded() {
        Grid grid = GridReader.parse("r.yaml", GOOD.replace("{qubits: [2, 3], layers: [1]}",
                        "{qubits: {from: 2, to: 6, step: 2}, layers: 1}")
                .replace("- {method: adainit, generator: embedded}",
                        "- {method: adainit, generator: llm, temperature: {from: 0.1, to: 0.3, step: 0.1}, top_p: 1}")
                + "llm: {model: m}\n");
        assertEquals(List.of(new Structure(2, 1), new Structure(4, 1), new Structure(6, 1)), grid.structures());
        assertEquals(List.of(0.1, 0.2, 0.3), grid.methods().stream().filter(m -> m.sampling() != null)
                .map(m -> m.sampling().temperature()).toList());
        assertNull(grid.llm().endpoint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown top-level field | search: | serach: | field 'serach' is not a known field; allowed here: name, description, seed, axes",
        "unknown nested field | batch_size: 20 | batchsize: 20 | field 'training.batchsize' is not a known field; allowed here: epochs, batch_size",
        "unknown dataset | datasets: [iris] | datasets: [iris, cifar] | field 'axes.datasets[1]' is 'cifar', allowed: iris, wine, titanic, mnist",
        "unknown prior | [uniform, normal] | [uniform, cauchy] | field 'axes.priors[1]' is 'cauchy', allowed: uniform, normal, beta, gainit, beinit",
        "unknown prior family | [uniform, normal] | [uniform, {prior: cauchy}] | field 'axes.priors[1].prior' is 'cauchy', allowed: uniform, normal, beta, gainit, beinit",
        "uniform high not above low | [uniform, normal] | [uniform, {prior: uniform, low: 1, high: 0}] | field 'axes.priors[1]' high (0.0) must be greater than low (1.0)",
        "normal std zero | [uniform, normal] | [uniform, {prior: normal, std: 0}] | field 'axes.priors[1]' std must be > 0, got 0.0",
        "unknown prior parameter | [uniform, normal] | [uniform, {prior: normal, sigma: 1}] | field 'axes.priors[1].sigma' is not a known field; allowed here: prior, mean, std",
        "beta with one parameter | [uniform, normal] | [uniform, {prior: beta, alpha: 2}] | field 'axes.priors[1].beta' is required: prior beta takes alpha and beta together",
        "text for a prior parameter | [uniform, normal] | [uniform, {prior: normal, std: wide}] | field 'axes.priors[1].std' must be a finite number, got 'wide'",
        "same law twice | [uniform, normal] | [uniform-2pi, {prior: uniform, high: 6.283185307179586}] | field 'axes.priors[1]' repeats the prior 'uniform-2pi'",
        "fixed head without values | variance: epoch-last-batch} | variance: epoch-last-batch, head: fixed} | field 'training.head' is 'fixed' without values",
        "unknown head | variance: epoch-last-batch} | variance: epoch-last-batch, head: xavier} | field 'training.head' is 'xavier', allowed: prior, torch-default, fixed",
        "fixed head row too long | variance: epoch-last-batch} | variance: epoch-last-batch, head: {init: fixed, l1: [[1, 2], [3, 4]], l2: [0, 0]}} | field 'training.head.l1' has a row of 2 values; give one value or one per qubit (3) at 3 qubits",
        "fixed head one bias | variance: epoch-last-batch} | variance: epoch-last-batch, head: {init: fixed, l1: [1, -1], l2: [0]}} | field 'training.head' l1 has 2 rows but l2 1 biases",
        "values on torch head | variance: epoch-last-batch} | variance: epoch-last-batch, head: {init: torch-default, l2: [0, 0]}} | field 'training.head.l2' applies to init: fixed only",
        "unknown scoring head | variance: epoch-last-batch} | variance: epoch-last-batch, scoring_head: fixed} | field 'training.scoring_head' is 'fixed', allowed: trained, frozen, normalised",
        "support on random | generator: embedded} | generator: random, support: prior} | field 'axes.methods[1].support' applies to the embedded generator only, not random",
        "support on classic | - classic | - {method: classic, support: prior} | field 'axes.methods[0].support' applies to method adainit only, not classic",
        "unknown support | generator: embedded} | generator: embedded, support: clip} | field 'axes.methods[1].support' is 'clip', allowed: free, prior",
        "draws on classic | - classic | - {method: classic, draws: 10} | field 'axes.methods[0].draws' applies to method init-ensemble only, not classic",
        "one draw | - classic | - {method: init-ensemble, draws: 1} | field 'axes.methods[0].draws' must be in 2..1000000, got 1",
        "unknown generator | generator: embedded | generator: gpt | field 'axes.methods[1].generator' is 'gpt', allowed: llm, embedded, random, replay",
        "unknown prompt variant | generator: embedded} | generator: embedded, prompt: short} | field 'axes.methods[1].prompt' is 'short', allowed: full, no-description, no-feedback, neither",
        "unknown method | - classic | - vanilla | field 'axes.methods[0]' is 'vanilla', allowed: classic, gainit, beinit, adainit",
        "unknown variance | variance: epoch-last-batch | variance: last | field 'training.variance' is 'last', allowed: epoch-last-batch, per-step, epoch-mean",
        "unknown threshold | threshold: paper | threshold: strict | field 'search.threshold' is 'strict', allowed: paper, mcclean or a number >= 0",
        "negative threshold | threshold: paper | threshold: -1 | field 'search.threshold' is '-1', allowed: paper",
        "too many qubits | [2, 3] | [2, 30] | field 'axes.structures[0].qubits[1]' must be in 1..26, got 30",
        "zero epochs | epochs: 2 | epochs: 0 | field 'training.epochs' must be in 1..100000, got 0",
        "text for a number | seed: 7 | seed: seven | field 'seed' must be a whole number, got 'seven'",
        "missing seed | seed: 7 | '' | field 'seed' is required",
        "missing methods | methods: | method_list: | field 'axes.method_list' is not a known field",
        "empty list | seeds: [0, 1] | seeds: [] | field 'axes.seeds' must not be empty",
        "repeated seed | seeds: [0, 1] | seeds: [0, 0] | field 'axes.seeds' lists 0 twice",
        "adainit without generator | - classic | - adainit | field 'axes.methods[0]' is 'adainit' without a generator",
        "generator on a baseline | - classic | - {method: classic, generator: random} | field 'axes.methods[0].generator' applies to method adainit only",
        "temperature alone | generator: embedded} | generator: llm, temperature: 0.5} | field 'axes.methods[1].top_p' is required with temperature",
        "sampling on embedded | generator: embedded} | generator: embedded, temperature: 0.5, top_p: 0.9} | field 'axes.methods[1].temperature' applies to the llm and replay generators only",
        "llm without per-dataset sampling | generator: embedded} | generator: llm} | field 'llm.sampling.iris' is required",
        "bad name | name: tiny | name: Tiny Grid | field 'name' is 'Tiny Grid'",
        "not yaml | seed: 7 | 'seed: [7' | not valid YAML",
        "duplicate key | seed: 7 | 'seed: 7\nseed: 8' | not valid YAML (Duplicate field 'seed'",
    })
    void badFilesNameTheFileTheFieldAndTheAllowedValues(String what, String from, String to, String message)
            throws Exception {
        String text = GOOD.replace(from, to.replace("\\n", "\n"));
        assertNotEquals(GOOD, text, "the test must change the file: " + what);
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        InputException e = assertThrows(InputException.class, () -> GridReader.read(file.toString()), what);
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void missingFileNamesIt() {
        InputException e = assertThrows(InputException.class, () -> GridReader.read("no/such/grid.yaml"));
        assertTrue(e.getMessage().startsWith("no/such/grid.yaml: no such grid file"), e.getMessage());
    }

    @Test
    void everyCellIdIsDistinctAcrossDatasetsPriorsStructuresSeedsAndMethods() {
        List<Cell> cells = GridReader.parse("tiny.yaml", GOOD).cells();
        assertEquals(1 * 2 * 2 * 2 * 2, cells.size());
        Set<String> ids = new HashSet<>();
        cells.forEach(c -> assertTrue(ids.add(c.id()), c.id()));
        assertTrue(ids.contains("iris.normal.n3.l1.s1.adainit-embedded"), ids.toString());
    }
}
