package org.adainit.jobs.generator.llm;

/**
 * Why a reply cannot be used as θ0. The message names the tensor and index at fault and is sent back to the model
 * verbatim by the repair ladder.
 */
public class ReplyProblem extends Exception {

    /** What went wrong; the shape probe counts only {@link #SHAPE} and {@link #PARSE} as wrongly shaped. */
    public enum Kind {
        /** No dictionary could be read: empty, truncated, not JSON or a Python literal. */
        PARSE,
        /** A key is missing or a tensor has the wrong length at some depth. */
        SHAPE,
        /** Right shape, but an entry is not a finite number (NaN, infinity, a string, null). */
        VALUE
    }

    private final Kind kind;

    public ReplyProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
