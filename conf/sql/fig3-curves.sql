-- Fig. 3: the gradient variance, mean and sample std over seeds, of Classic and Ours (full prompt) per dataset and
-- prior, along the qubit series (fixed layers) and the layer series (fixed qubits).
SELECT dataset, prior, variant, layers, qubits, n, mean, std, ci95_low, ci95_high
FROM curves
WHERE method IN ('classic', 'adainit')
  AND (prompt_variant IS NULL OR prompt_variant = 'full')
ORDER BY dataset, prior, variant, layers, qubits;
