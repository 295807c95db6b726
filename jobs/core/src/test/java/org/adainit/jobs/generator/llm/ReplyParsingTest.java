package org.adainit.jobs.generator.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

/** Tolerant parsing (ReplyParser) and exact validation (ThetaValidator) of replies for L = 1, N = 2, C = 2. */
class ReplyParsingTest {

    private static final QnnShape SHAPE = new QnnShape(2, 1, 2);
    private static final String GOOD_JSON =
            "{\"l0\": [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]], \"l1\": [[0.7, 0.8], [0.9, 1.0]], \"l2\": [1.1, 1.2]}";
    private static final double[] GOOD_VALUES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2};

    private static QnnParameters read(String reply) throws ReplyProblem {
        return ThetaValidator.full(ReplyParser.parse(reply, "stop", false), SHAPE);
    }

    private static ReplyProblem problem(String reply, String finishReason) {
        return assertThrows(ReplyProblem.class,
                () -> ThetaValidator.full(ReplyParser.parse(reply, finishReason, false), SHAPE));
    }

    @Test
    void plainJsonFillsL0ThenL1ThenL2() throws ReplyProblem {
        QnnParameters theta = read(GOOD_JSON);
        assertArrayEquals(GOOD_VALUES, theta.values());
        assertEquals(0.6, theta.l0(0, 1, 2));
        assertEquals(0.9, theta.l1(1, 0));
        assertEquals(1.2, theta.l2(1));
    }

    @Test
    void fencedJsonWithProseAroundIt() throws ReplyProblem {
        String reply = "Here is the dictionary:\n```json\n" + GOOD_JSON + "\n```\nHope this helps {really}.";
        assertArrayEquals(GOOD_VALUES, read(reply).values());
    }

    @Test
    void pythonLiteralWithSingleQuotesTrailingCommasAndComments() throws ReplyProblem {
        String reply = "```python\n{'l0': [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6],],],  # layer 0\n"
                + " 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, +1.2],}\n```";
        assertArrayEquals(GOOD_VALUES, read(reply).values());
    }

    @Test
    void pythonNanIsAValueProblemNamingTheEntry() {
        ReplyProblem p = problem(GOOD_JSON.replace("0.5", "nan"), "stop");
        assertEquals(ReplyProblem.Kind.VALUE, p.kind());
        assertEquals("l0[0][1][1] is NaN, expected a finite number", p.getMessage());
    }

    @Test
    void pythonFloatCallsForInfinityAreValueProblemsToo() {
        ReplyProblem p = problem(GOOD_JSON.replace("1.2", "float('-inf')"), "stop");
        assertEquals(ReplyProblem.Kind.VALUE, p.kind());
        assertEquals("l2[1] is -Infinity, expected a finite number", p.getMessage());
    }

    @Test
    void stringEntryIsAValueProblem() {
        ReplyProblem p = problem(GOOD_JSON.replace("1.1", "'1.1'"), "stop");
        assertEquals(ReplyProblem.Kind.VALUE, p.kind());
        assertEquals("l2[0] is the string \"1.1\", expected a number", p.getMessage());
    }

    @Test
    void wrongLengthNamesTensorIndexAndShape() {
        ReplyProblem p = problem(GOOD_JSON.replace("[0.4, 0.5, 0.6]", "[0.4, 0.5]"), "stop");
        assertEquals(ReplyProblem.Kind.SHAPE, p.kind());
        assertEquals("l0[0][1] has length 2, expected 3 (l0 must have shape (1, 2, 3))", p.getMessage());
    }

    @Test
    void shapeIsCheckedBeforeValuesSoAShapeErrorWinsOverAnEarlierNan() {
        String reply = GOOD_JSON.replace("0.1", "NaN").replace("[1.1, 1.2]", "[1.1]");
        ReplyProblem p = problem(reply, "stop");
        assertEquals(ReplyProblem.Kind.SHAPE, p.kind());
        assertTrue(p.getMessage().startsWith("l2 has length 1, expected 2"), p.getMessage());
    }

    @Test
    void missingKeyListsTheKeysFound() {
        ReplyProblem p = problem("{'l0': [[[1,2,3],[4,5,6]]], 'l2': [1, 2]}", "stop");
        assertEquals(ReplyProblem.Kind.SHAPE, p.kind());
        assertEquals("the dictionary has no key 'l1' (its keys: 'l0', 'l2')", p.getMessage());
    }

    @Test
    void truncatedReplyIsToldApartFromACutAtTheTokenLimit() {
        String cut = GOOD_JSON.substring(0, 40);
        ReplyProblem plain = problem(cut, "stop");
        ReplyProblem limit = problem(cut, "length");
        assertEquals(ReplyProblem.Kind.PARSE, plain.kind());
        assertTrue(plain.getMessage().contains("truncated"), plain.getMessage());
        assertTrue(limit.getMessage().contains("max-tokens limit"), limit.getMessage());
    }

    @Test
    void emptyAndDictionaryLessRepliesAreParseProblems() {
        assertEquals("the reply was empty", problem("  \n", "stop").getMessage());
        ReplyProblem none = problem("I cannot do that.", "stop");
        assertEquals(ReplyProblem.Kind.PARSE, none.kind());
        assertTrue(none.getMessage().contains("no dictionary"), none.getMessage());
    }

    @Test
    void perTensorReplyMayBeABareListOrADictionary() throws ReplyProblem {
        double[] bare = ThetaValidator.tensor(ReplyParser.parse("[[0.7, 0.8], [0.9, 1.0]]", "stop", true),
                ThetaTensor.L1, SHAPE);
        double[] keyed = ThetaValidator.tensor(ReplyParser.parse("{'l1': [[0.7, 0.8], [0.9, 1.0]]}", "stop", true),
                ThetaTensor.L1, SHAPE);
        assertArrayEquals(new double[] {0.7, 0.8, 0.9, 1.0}, bare);
        assertArrayEquals(bare, keyed);
    }
}
