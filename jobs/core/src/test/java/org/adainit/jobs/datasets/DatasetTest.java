package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void namesParseIgnoringCaseAndBlanks() {
        assertEquals(Dataset.IRIS, Dataset.parse("iris"));
        assertEquals(Dataset.MNIST, Dataset.parse(" MNIST "));
        assertEquals(Dataset.TITANIC, Dataset.parse("Titanic"));
    }

    @Test
    void anUnknownNameListsTheAllowedOnes() {
        InputException e = assertThrows(InputException.class, () -> Dataset.parse("cifar10"));
        assertEquals("unknown dataset 'cifar10', allowed: iris, wine, titanic, mnist", e.getMessage());
    }
}
