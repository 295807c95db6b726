package org.adainit.jobs.names;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The names grid files and tables use for enum constants: lower case, words joined by '-'. */
public final class ExternalNames {

    private ExternalNames() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** External name → constant, in declaration order (the order error messages list them in). */
    public static <E extends Enum<E>> Map<String, E> table(Class<E> type) {
        return table(type.getEnumConstants(), ExternalNames::of);
    }

    public static <E> Map<String, E> table(E[] constants, Function<E, String> name) {
        Map<String, E> table = new LinkedHashMap<>();
        for (E constant : constants) {
            table.put(name.apply(constant), constant);
        }
        return table;
    }
}
