package org.adainit.jobs.diagnosis;

import java.io.Serializable;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.simulator.diagnostics.LandscapeDirections.Scope;
import org.adainit.simulator.diagnostics.LandscapeDirections;
import org.adainit.simulator.qnn.QnnShape;

/**
 * How to slice a cell's loss landscape: a {@code points × points} grid over [−radius, radius]² along two directions,
 * either two named parameters or a seeded random orthogonal pair over a scope.
 *
 * @param first the parameter name of direction a (e.g. {@code l0[0,0,0]}), or null for random directions
 * @param second the parameter name of direction b, null exactly when {@code first} is
 */
public record LandscapeRequest(double radius, int points, String first, String second, Scope scope, long seed)
        implements Serializable {

    public LandscapeRequest {
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("the radius must be a positive number, got " + radius);
        }
        if (points < 2 || points > 401) {
            throw new IllegalArgumentException("points per axis must be in 2..401, got " + points);
        }
        if ((first == null) != (second == null)) {
            throw new IllegalArgumentException("name both directions or neither");
        }
    }

    public boolean random() {
        return first == null;
    }

    /** The two directions in the flat parameter layout of {@code shape}. */
    public double[][] directions(QnnShape shape) {
        if (random()) {
            return LandscapeDirections.random(shape, scope, seed);
        }
        int a = ParameterName.index(shape, first);
        int b = ParameterName.index(shape, second);
        if (a == b) {
            throw new IllegalArgumentException("the two directions name the same parameter " + first);
        }
        return new double[][] {LandscapeDirections.axis(shape, a), LandscapeDirections.axis(shape, b)};
    }

    /** How the tables name direction a and b: the parameter, or {@code random-<scope>-<seed>-a}. */
    public String[] labels() {
        if (random()) {
            String base = "random-" + ExternalNames.of(scope) + "-" + seed;
            return new String[] {base + "-a", base + "-b"};
        }
        return new String[] {first.replace(" ", ""), second.replace(" ", "")};
    }
}
