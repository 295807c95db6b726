-- Ours against Classic per dataset, prior and structure, paired by seed (both train on the same split): the ratio of
-- the mean variances and on how many seeds Ours has the larger variance.
WITH paired AS (
  SELECT o.dataset, o.prior, o.variant AS ours, o.qubits, o.layers, o.seed,
         o.variance AS ours_variance, c.variance AS classic_variance
  FROM cells o
  JOIN cells c
    ON o.dataset = c.dataset AND o.prior = c.prior AND o.qubits = c.qubits AND o.layers = c.layers
   AND o.seed = c.seed
  WHERE o.method = 'adainit' AND c.method = 'classic' AND o.status = 'ok' AND c.status = 'ok'
)
SELECT dataset, prior, ours, layers, qubits, count(*) AS seeds,
       avg(ours_variance) / avg(classic_variance) AS ratio_of_means,
       sum(CASE WHEN ours_variance > classic_variance THEN 1 ELSE 0 END) AS ours_higher
FROM paired
GROUP BY dataset, prior, ours, layers, qubits
ORDER BY dataset, prior, ours, layers, qubits;
