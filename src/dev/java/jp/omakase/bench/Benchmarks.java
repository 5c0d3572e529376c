package jp.omakase.bench;

/** How the benchmarks end under {@code exec:java}: exit code 1 with the stack trace on failure, else 0. */
final class Benchmarks {

    /** A benchmark body. */
    interface Body {
        void run() throws Exception;
    }

    private Benchmarks() {
    }

    /** Runs {@code body}, then exits the JVM: HTTP client threads would otherwise keep exec:java waiting. */
    static void runAndExit(Body body) {
        try {
            body.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
