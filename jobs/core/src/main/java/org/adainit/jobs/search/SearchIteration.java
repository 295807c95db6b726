package org.adainit.jobs.search;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.training.TrainingResult;

/** Everything one iteration produced: its record, the proposed θ0 and the full training run (for the epochs table). */
public record SearchIteration(IterationRecord record, QnnParameters initialParameters, TrainingResult training) {}
