package dev.podium.activity;

import java.io.PrintStream;
import java.util.List;

/** Command-line mode, called by PodiumApplication.main for {@code java -jar podium.jar analyse-activity FILE}. */
public final class ActivityArchiveAnalyser {

    private ActivityArchiveAnalyser() {
    }

    /** Analyses one export and prints JSON to {@code out}; returns the exit code (0, 2 bad input, 64 usage). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("analyse-activity: not implemented yet");
        return 70;
    }
}
