package org.adainit.jobs.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.search.Feedback;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.SearchContext;
import org.adainit.jobs.digest.Sha256;

/**
 * The paper's appendix prompt and the wording of its feedback slot, loaded together because both shape what the
 * model sees: {@link #versionId()} changes whenever either text does, and every search iteration records it.
 *
 * <p>A template is a pair of files, {@code NAME.txt} (the prompt, placeholders {nlayers} {nqubits} {nrot}
 * {nclasses} {init} {data_desc} {feedback}) and {@code NAME-feedback.txt} (placeholders {theta} {variance}
 * {previous_best} {history}). The bundled pair is {@code conf/prompts/adainit-v1*.txt}. The paper writes
 * "standard {init} distributions"; the prior's law replaces "standard {init}" whole and says "standard" itself when
 * it is a standard law, so the default prompt reads as the paper's and other laws are stated exactly.
 */
public final class PromptTemplate {

    public static final String BUNDLED = "adainit-v1";

    private static final Set<String> PROMPT_SLOTS =
            Set.of("nlayers", "nqubits", "nrot", "nclasses", "init", "data_desc", "feedback");
    private static final Set<String> FEEDBACK_SLOTS = Set.of("theta", "variance", "previous_best", "history");
    /** A placeholder, with the word the paper puts before {init}: the law replaces both. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(standard )?\\{([a-z_]+)}");

    private final String name;
    private final String prompt;
    private final String feedback;
    private final String versionId;

    private PromptTemplate(String name, String prompt, String feedback) {
        this.name = name;
        this.prompt = prompt;
        this.feedback = feedback;
        this.versionId = name + "@" + Sha256.hex(prompt + "\n--- feedback ---\n" + feedback).substring(0, 12);
    }

    /** The template shipped in the jar under {@code /conf/prompts/}. */
    public static PromptTemplate bundled() {
        String base = "/conf/prompts/" + BUNDLED;
        return parse(BUNDLED, resource(base + ".txt"), base + ".txt", resource(base + "-feedback.txt"),
                base + "-feedback.txt");
    }

    /** A user's template: {@code promptFile} and its sibling {@code <stem>-feedback.txt}. */
    public static PromptTemplate fromFile(Path promptFile) {
        String fileName = promptFile.getFileName().toString();
        String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        Path feedbackFile = promptFile.resolveSibling(stem + "-feedback.txt");
        return parse(stem, read(promptFile), promptFile.toString(), read(feedbackFile), feedbackFile.toString());
    }

    private static PromptTemplate parse(
            String name, String prompt, String promptSource, String feedback, String feedbackSource) {
        requireKnownSlots(prompt, promptSource, PROMPT_SLOTS);
        requireKnownSlots(feedback, feedbackSource, FEEDBACK_SLOTS);
        return new PromptTemplate(name, prompt.stripTrailing(), feedback.strip());
    }

    /** Template name and a short SHA-256 of both texts, e.g. {@code adainit-v1@3f2a9c0b1d4e}. */
    public String versionId() {
        return versionId;
    }

    /** The prompt x_p^(t) of one search iteration. */
    public String render(SearchContext context, PromptVariant variant) {
        return render(PromptSlots.forSearch(context, variant, this));
    }

    public String render(PromptSlots slots) {
        return fill(prompt, (slot) -> switch (slot) {
            case "nlayers" -> Integer.toString(slots.nlayers());
            case "nqubits" -> Integer.toString(slots.nqubits());
            case "nrot" -> Integer.toString(slots.nrot());
            case "nclasses" -> Integer.toString(slots.nclasses());
            case "init" -> slots.init();
            case "data_desc" -> slots.dataDescription();
            case "feedback" -> slots.feedback();
            default -> throw new IllegalStateException("unchecked slot " + slot);
        });
    }

    /** The feedback slot's text after an acceptance (Algorithm 1, line 8; worded as docs/llm.md says). */
    public String feedbackText(Feedback fb) {
        String history = fb.accepted().stream()
                .map(a -> "(" + a.iteration() + ", " + scientific(a.variance()) + ")")
                .collect(Collectors.joining(", "));
        return fill(feedback, (slot) -> switch (slot) {
            case "theta" -> ThetaText.of(fb.lastAccepted());
            case "variance" -> scientific(fb.lastAcceptedVariance());
            case "previous_best" -> scientific(fb.previousBest());
            case "history" -> history.isEmpty() ? PromptSlots.NOT_AVAILABLE : history;
            default -> throw new IllegalStateException("unchecked slot " + slot);
        });
    }

    @Override
    public String toString() {
        return versionId;
    }

    private static String scientific(double value) {
        return String.format(Locale.ROOT, "%.4e", value);
    }

    private static String fill(String text, Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(2);
            String prefix = m.group(1) == null || "init".equals(slot) ? "" : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(prefix + values.apply(slot)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void requireKnownSlots(String text, String source, Set<String> allowed) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(2))) {
                throw new InputException(source + ": unknown placeholder {" + m.group(2) + "}, allowed: "
                        + allowed.stream().sorted().map(s -> "{" + s + "}")
                                .collect(Collectors.joining(" ")));
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = PromptTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled prompt " + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled prompt " + path, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read prompt template " + file + ": " + e.getMessage(), e);
        }
    }
}
