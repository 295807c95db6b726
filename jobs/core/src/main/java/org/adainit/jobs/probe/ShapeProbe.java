package org.adainit.jobs.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.adainit.jobs.generator.llm.ChatMessage;
import org.adainit.jobs.generator.llm.ChatOutcome;
import org.adainit.jobs.generator.llm.ChatRequest;
import org.adainit.jobs.generator.llm.ChatService;
import org.adainit.jobs.generator.llm.ReplyParser;
import org.adainit.jobs.generator.llm.ReplyProblem;
import org.adainit.jobs.generator.llm.ThetaSchema;
import org.adainit.jobs.generator.llm.ThetaValidator;
import org.adainit.jobs.prompt.PromptSlots;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The paper's Table 2: one request per structure with the first-iteration prompt (standard uniform prior, no
 * feedback yet), and whether the reply has exactly the asked shapes. Measures raw output, so there is no repair.
 */
public final class ShapeProbe {

    /** Binary tasks throughout (the paper's §3, "Dataset"), so out_dim = 2. */
    private static final int CLASSES = 2;

    private final ChatService chat;
    private final PromptTemplate template;
    private final String description;
    private final OptionalLong seed;

    /** @param description the {data_desc} slot; {@link PromptSlots#NOT_AVAILABLE} for none */
    public ShapeProbe(ChatService chat, PromptTemplate template, String description, OptionalLong seed) {
        this.chat = chat;
        this.template = template;
        this.description = description;
        this.seed = seed;
    }

    /** The 20 structures of the paper's grids: N = 2, 4, ..., 20 at L = 2, then L = 4, 8, ..., 40 at N = 2. */
    public static List<QnnShape> paperStructures() {
        List<QnnShape> shapes = new ArrayList<>();
        for (int n = 2; n <= 20; n += 2) {
            shapes.add(new QnnShape(n, 2, CLASSES));
        }
        for (int l = 4; l <= 40; l += 4) {
            shapes.add(new QnnShape(2, l, CLASSES));
        }
        return shapes;
    }

    public ProbeResult probe(QnnShape shape) {
        String prompt = template.render(new PromptSlots(shape.layers(), shape.qubits(), QnnShape.ROTATIONS_PER_WIRE,
                shape.classes(), UniformInitialiser.standard().law(), description, PromptSlots.NO_FEEDBACK_YET));
        ChatOutcome outcome = chat.complete(new ChatRequest(List.of(ChatMessage.user(prompt)),
                Optional.of(ThetaSchema.full(shape)), seed,
                "shape-probe L=" + shape.layers() + " N=" + shape.qubits()));
        try {
            ThetaValidator.full(ReplyParser.parse(outcome.reply().content(), outcome.reply().finishReason(), false),
                    shape);
            return new ProbeResult(shape, true, "ok", outcome);
        } catch (ReplyProblem p) {
            return switch (p.kind()) {
                case VALUE -> new ProbeResult(shape, true, "shapes ok, but " + p.getMessage(), outcome);
                case SHAPE -> new ProbeResult(shape, false, "wrong shape: " + p.getMessage(), outcome);
                case PARSE -> new ProbeResult(shape, false, "unreadable: " + p.getMessage(), outcome);
            };
        }
    }
}
