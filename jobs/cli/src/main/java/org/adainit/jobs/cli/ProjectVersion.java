package org.adainit.jobs.cli;

import picocli.CommandLine;

/** Reports the version Maven wrote into the jar manifest. */
final class ProjectVersion implements CommandLine.IVersionProvider {

    static String current() {
        String version = AdaInitCli.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"adainit " + current()};
    }
}
