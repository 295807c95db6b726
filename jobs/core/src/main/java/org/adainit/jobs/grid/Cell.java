package org.adainit.jobs.grid;

import java.io.Serializable;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.search.HeadInitialisation;
import org.adainit.jobs.search.PriorSpec;
import org.adainit.jobs.search.ScoringHead;

/**
 * One independent unit of a grid: a (dataset, prior, structure, seed, method variant) whose search or baseline
 * training runs as one Spark task.
 *
 * @param id stable, readable and path-safe, e.g. {@code iris.uniform.n4.l2.s0.adainit-embedded} (the prior part is
 *     {@link PriorSpec#externalName()})
 * @param seed the repeat index of the seeds axis
 * @param sampling the (temperature, top_p) the generator uses, null for generators that do not sample
 * @param cellSeed Seeds.derive(global seed, id): every draw of the cell's search or baseline derives from it
 * @param splitSeed Seeds.derive(global seed, "split.DATASET.sSEED"): shared by all cells of a repeat, so Classic and
 *     Ours of the same repeat train on the same split
 * @param head the grid's {@code training.head}; outcome files written before it existed read as {@code prior}
 * @param scoringHead the grid's {@code training.scoring_head}; outcome files written before it existed read as
 *     {@code trained}
 */
public record Cell(
        String id,
        Dataset dataset,
        PriorSpec prior,
        Structure structure,
        int seed,
        MethodSpec method,
        Sampling sampling,
        long cellSeed,
        long splitSeed,
        HeadInitialisation head,
        ScoringHead scoringHead) implements Serializable {

    public Cell {
        head = head == null ? HeadInitialisation.PRIOR : head;
        scoringHead = scoringHead == null ? ScoringHead.TRAINED : scoringHead;
    }

    public int qubits() {
        return structure.qubits();
    }

    public int layers() {
        return structure.layers();
    }
}
