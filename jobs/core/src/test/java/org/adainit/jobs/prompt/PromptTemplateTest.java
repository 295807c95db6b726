package org.adainit.jobs.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.search.Feedback;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplateTest {

    private static final QnnShape SHAPE = new QnnShape(4, 2, 2);
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{[a-z_]+}");

    private static SearchContext context(Optional<String> description, Optional<Feedback> feedback,
            Initialiser prior) {
        return new SearchContext(SHAPE, prior, description, feedback, 3, 50, 11L);
    }

    private static Feedback feedback() {
        double[] values = new double[SHAPE.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.123456 + i;
        }
        QnnParameters theta = new QnnParameters(SHAPE, values);
        return new Feedback(theta, 0.0123456, 0.00234, List.of(
                new Feedback.AcceptedCandidate(1, theta, 0.00234),
                new Feedback.AcceptedCandidate(2, theta, 0.0123456)));
    }

    @Test
    void bundledPromptFillsEverySlotOfThePaperTemplate() {
        String prompt = PromptTemplate.bundled().render(
                context(Optional.of("Iris: 100 flowers."), Optional.empty(), UniformInitialiser.standard()),
                PromptVariant.FULL);

        assertTrue(prompt.startsWith("Role: data generator."), prompt);
        assertTrue(prompt.contains("- Data shape: nlayers=2, nqubits=4, nrot=3, out_dim=2."), prompt);
        assertTrue(prompt.contains("sampled from standard uniform distributions"), prompt);
        assertTrue(prompt.contains("- Dataset description: Iris: 100 flowers."), prompt);
        assertTrue(prompt.contains("feedback from the previous searches: none"), prompt);
        assertFalse(ANY_PLACEHOLDER.matcher(prompt).find(), "unfilled placeholder in\n" + prompt);
    }

    @Test
    void nonStandardPriorIsStatedExactlyWithoutTheWordStandard() {
        Initialiser gaInitLike = new NormalInitialiser(0.0, 0.25);
        String prompt = PromptTemplate.bundled().render(
                context(Optional.empty(), Optional.empty(), gaInitLike), PromptVariant.FULL);

        assertTrue(prompt.contains("numbers in each list are sampled from normal with mean 0.0 and std 0.250000 "
                + "distributions, which may be modeled"), prompt);
        assertFalse(prompt.contains("standard"), prompt);
    }

    @Test
    void ablatedSlotsSayNotAvailable() {
        String prompt = PromptTemplate.bundled().render(
                context(Optional.empty(), Optional.empty(), UniformInitialiser.standard()), PromptVariant.NEITHER);

        assertTrue(prompt.contains("- Dataset description: N/A\n"), prompt);
        assertTrue(prompt.contains("feedback from the previous searches: N/A\n"), prompt);
    }

    @Test
    void feedbackCarriesLastAcceptedThetaItsVarianceThePreviousBestAndTheHistory() {
        String prompt = PromptTemplate.bundled().render(
                context(Optional.of("d"), Optional.of(feedback()), UniformInitialiser.standard()), PromptVariant.FULL);

        assertTrue(prompt.contains("{'l0': [[[0.1235, 1.1235, 2.1235], [3.1235"), prompt);
        assertTrue(prompt.contains("'l2': [32.1235, 33.1235]}"), prompt);
        assertTrue(prompt.contains("gradient variance of 1.2346e-02"), prompt);
        assertTrue(prompt.contains("previous historical maximum of 2.3400e-03"), prompt);
        assertTrue(prompt.contains("(1, 2.3400e-03), (2, 1.2346e-02)"), prompt);
        assertTrue(prompt.contains("higher still"), prompt);
    }

    @Test
    void versionIdFollowsTheTextOfBothFiles(@TempDir Path dir) throws IOException {
        Path a = write(dir, "mine", "shape {nlayers}x{nqubits}; {feedback}", "var {variance}");
        String first = PromptTemplate.fromFile(a).versionId();
        assertEquals(first, PromptTemplate.fromFile(a).versionId());
        assertTrue(first.startsWith("mine@"), first);

        write(dir, "mine", "shape {nlayers}x{nqubits}; {feedback}", "variance {variance}");
        assertNotEquals(first, PromptTemplate.fromFile(a).versionId());
        assertNotEquals(PromptTemplate.bundled().versionId(), PromptTemplate.fromFile(a).versionId());
    }

    @Test
    void unknownPlaceholderIsReportedWithItsFile(@TempDir Path dir) throws IOException {
        Path file = write(dir, "typo", "layers {nlayer}", "{variance}");

        InputException e = assertThrows(InputException.class, () -> PromptTemplate.fromFile(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("{nlayer}"), e.getMessage());
    }

    @Test
    void missingFeedbackFileIsReportedByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lonely.txt");
        Files.writeString(file, "{nlayers}");

        InputException e = assertThrows(InputException.class, () -> PromptTemplate.fromFile(file));
        assertTrue(e.getMessage().contains("lonely-feedback.txt"), e.getMessage());
    }

    private static Path write(Path dir, String name, String prompt, String feedback) throws IOException {
        Files.writeString(dir.resolve(name + "-feedback.txt"), feedback);
        return Files.writeString(dir.resolve(name + ".txt"), prompt);
    }
}
