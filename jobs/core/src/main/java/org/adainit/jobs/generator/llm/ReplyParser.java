package org.adainit.jobs.generator.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dictionary the paper's prompt asks for out of a model's reply: JSON or a Python literal (single quotes,
 * trailing commas, {@code nan}/{@code inf}, {@code #} comments), fenced in {@code ```python}/{@code ```json} or not,
 * with prose before or after it. Only the first complete value is read; what follows it is ignored.
 */
public final class ReplyParser {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    /** The body of the first Markdown code fence; an unclosed fence (a cut-off reply) runs to the end. */
    private static final Pattern FENCE = Pattern.compile("```[A-Za-z0-9_+-]*[ \\t]*\\R?(.*?)(?:```|\\z)", Pattern.DOTALL);
    /** Python's non-finite floats, {@code nan}/{@code inf} or {@code float('-inf')}; Jackson knows NaN and Infinity. */
    private static final Pattern PYTHON_NON_FINITE = Pattern.compile(
            "float\\(\\s*['\"]([+-]?)(nan|inf|infinity)['\"]\\s*\\)|(?<![\\w'\".])(nan|inf)(?![\\w'\"])",
            Pattern.CASE_INSENSITIVE);

    private ReplyParser() {}

    /**
     * @param finishReason the endpoint's finish reason, to tell a reply cut at the token limit from a malformed one
     * @param listAllowed whether a bare list is acceptable (per-tensor answers); otherwise the value starts at the
     *     first '{'
     */
    public static JsonNode parse(String content, String finishReason, boolean listAllowed) throws ReplyProblem {
        if (content == null || content.isBlank()) {
            throw new ReplyProblem(ReplyProblem.Kind.PARSE, "the reply was empty");
        }
        String text = content;
        Matcher fence = FENCE.matcher(text);
        if (fence.find()) {
            text = fence.group(1);
        }
        int start = firstValueStart(text, listAllowed);
        if (start < 0) {
            throw new ReplyProblem(ReplyProblem.Kind.PARSE, "the reply contains no "
                    + (listAllowed ? "list or dictionary" : "dictionary") + ": " + excerpt(content));
        }
        String value = PYTHON_NON_FINITE.matcher(text.substring(start)).replaceAll(ReplyParser::jacksonNonFinite);
        try (JsonParser parser = LENIENT.createParser(value)) {
            return LENIENT.readTree(parser);
        } catch (JsonEOFException e) {
            throw new ReplyProblem(ReplyProblem.Kind.PARSE, "length".equals(finishReason)
                    ? "the reply was cut off at the max-tokens limit before the dictionary ended"
                    : "the reply ends before the dictionary is complete (truncated)");
        } catch (JsonProcessingException e) {
            throw new ReplyProblem(ReplyProblem.Kind.PARSE, "the reply is not a valid dictionary: "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " of the dictionary");
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    private static String jacksonNonFinite(MatchResult m) {
        String word = m.group(2) != null ? m.group(2) : m.group(3);
        if (word.equalsIgnoreCase("nan")) {
            return "NaN";
        }
        return "-".equals(m.group(1)) ? "-Infinity" : "Infinity";
    }

    private static int firstValueStart(String text, boolean listAllowed) {
        int brace = text.indexOf('{');
        if (!listAllowed) {
            return brace;
        }
        int bracket = text.indexOf('[');
        if (brace < 0 || bracket < 0) {
            return Math.max(brace, bracket);
        }
        return Math.min(brace, bracket);
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? "\"" + oneLine + "\"" : "\"" + oneLine.substring(0, 80) + "...\"";
    }
}
