package org.adainit.jobs.print;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/** What a piece of printing code writes, as a string: for text printed later, in order, or kept in a file too. */
public final class PrintedText {

    private PrintedText() {}

    public static String of(Consumer<PrintWriter> printing) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        printing.accept(out);
        out.flush();
        return text.toString();
    }
}
