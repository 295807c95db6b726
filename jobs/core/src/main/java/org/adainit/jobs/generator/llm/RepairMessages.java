package org.adainit.jobs.generator.llm;

import org.adainit.simulator.qnn.QnnShape;

/**
 * What the repair ladder says to the model. Part of every cached request, so a change here misses the cache
 * instead of replaying replies to other words.
 */
public final class RepairMessages {

    private RepairMessages() {}

    /** Step 1: the concrete problem, and the format once more. */
    public static String reask(ReplyProblem problem, QnnShape shape) {
        return "Your reply could not be used: " + problem.getMessage() + ". Reply again with only the dictionary "
                + "{'l0': ..., 'l1': ..., 'l2': ...} where 'l0' has shape " + ThetaTensor.L0.shapeText(shape)
                + ", 'l1' has shape " + ThetaTensor.L1.shapeText(shape) + " and 'l2' has shape "
                + ThetaTensor.L2.shapeText(shape) + ", every entry a finite float rounded to four decimals.";
    }

    /** Step 2: the original prompt, then a request for one tensor only. */
    public static String perTensor(String prompt, ThetaTensor tensor, QnnShape shape) {
        return prompt + "\n\nAnswer in parts. Print only the dictionary {'" + tensor.key() + "': ...} where '"
                + tensor.key() + "' is a list of shape " + tensor.shapeText(shape)
                + " of floats rounded to four decimals, and nothing else.";
    }
}
