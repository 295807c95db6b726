-- Fig. 8: one search's expected improvement delta(t) and variance V(t) against t, with S(t) and the acceptances.
-- Takes the first AdaInit cell; put a cell id of your own in the WHERE clause to see another.
SELECT cell_id, iteration, variance, delta, threshold, s_after AS s, accepted
FROM iterations
WHERE cell_id = (SELECT min(cell_id) FROM cells WHERE method = 'adainit')
ORDER BY iteration;
