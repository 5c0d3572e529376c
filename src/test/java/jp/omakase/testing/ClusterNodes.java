package jp.omakase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the nodes of the test cluster share and what they do not (see {@link TestEnvironment#startCluster()}). */
final class ClusterNodes {

    private ClusterNodes() {
    }

    /**
     * The single server's start options, less the provisioning re-drive in seconds: the cluster runs with the shipped
     * re-drive interval and claim lease, the ones whose take-over time it proves. Plus a retention of 0 days: a
     * terminated tenant's data is deleted by the nodes' own lifecycle task right after the end, without the test clock
     * (which only the node taking the operator's request would use), so a node can be killed in the middle of the purge.
     */
    static List<String> startOptions(List<String> single) {
        List<String> options = new ArrayList<>(single.stream()
                .filter(o -> !o.contains("omakase-provisioning--redrive-") && !o.contains("omakase-provisioning--claim-lease")).toList());
        options.add("--spi-realm-restapi-extension--omakase--contract-retention-days=0");
        return options;
    }

    /**
     * A second node's home: the first node's built home without its data (a node's data directory is its own), so the
     * second node starts without a second {@code kc.sh build}.
     */
    static void cloneHome(Path from, Path to) {
        try {
            KeycloakServer.deleteTree(to);
            Path data = from.resolve("data");
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path p : paths.filter(p -> !p.startsWith(data)).toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
