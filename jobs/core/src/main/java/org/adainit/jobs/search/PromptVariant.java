package org.adainit.jobs.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The prompt ablations of the paper's Fig. 4: which of the dataset description and the feedback the prompt carries. */
public enum PromptVariant {
    /** Description and feedback: the paper's full prompt. */
    FULL(true, true),
    /** "No desc.": feedback only. */
    NO_DESCRIPTION(false, true),
    /** "No feedback": description only. */
    NO_FEEDBACK(true, false),
    /** Neither slot filled. */
    NEITHER(false, false);

    private final boolean description;
    private final boolean feedback;

    PromptVariant(boolean description, boolean feedback) {
        this.description = description;
        this.feedback = feedback;
    }

    public boolean carriesDescription() {
        return description;
    }

    public boolean carriesFeedback() {
        return feedback;
    }

    /** Name used in grid files and tables, e.g. {@code no-description}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses an external name; the message lists the allowed values. */
    public static PromptVariant parse(String text) {
        for (PromptVariant v : values()) {
            if (v.externalName().equalsIgnoreCase(text.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown prompt variant '" + text + "', allowed: "
                + Arrays.stream(values()).map(PromptVariant::externalName).collect(Collectors.joining(", ")));
    }
}
