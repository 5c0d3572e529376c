package jp.omakase.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.omakase.testing.JavaRuntimes;

/**
 * The Keycloak server's live heap, measured from outside with the server JDK's {@code jcmd}: a sample is a full
 * collection ({@code GC.run}, that is {@code System.gc()}, a stop-the-world full GC under G1) followed by
 * {@code GC.heap_info}, whose "used" is then the heap that survived it, in KB. Also turns on the server's GC log
 * ({@code VM.log what=gc}) at attach time, so every collection's heap-after-GC is on file for a second look. The server
 * is the one Keycloak process started by this JVM (kc.sh runs java as its child).
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;
    private final Path jcmd;
    private final Path commands;
    private final Path gcLog;

    private ServerHeap(long pid, Path jcmd, Path commands, Path gcLog) {
        this.pid = pid;
        this.jcmd = jcmd;
        this.commands = commands;
        this.gcLog = gcLog;
    }

    /** Finds the server's JVM among this process's descendants and starts its GC log in {@code dir}. */
    static ServerHeap attach(Path dir) throws IOException, InterruptedException {
        long pid = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("io.quarkus.bootstrap.runner.QuarkusEntryPoint"))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Keycloak JVM among this process's children"));
        Files.createDirectories(dir);
        Path commands = dir.resolve("heap-sample.jcmd");
        Files.writeString(commands, "GC.run\nGC.heap_info\n", StandardCharsets.UTF_8);
        Path gcLog = dir.resolve("tenant-console-gc.log");
        Files.deleteIfExists(gcLog);
        ServerHeap heap = new ServerHeap(pid, JavaRuntimes.javaHomeForKeycloak().resolve("bin/jcmd"), commands, gcLog);
        heap.run(List.of("VM.log", "output=file=" + gcLog, "what=gc=info", "decorators=uptimemillis"));
        return heap;
    }

    long pid() {
        return pid;
    }

    Path gcLog() {
        return gcLog;
    }

    /** A full collection, then the heap still used after it (KB). */
    long liveKb() throws IOException, InterruptedException {
        String out = run(List.of("-f", commands.toString()));
        Matcher m = USED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in jcmd's answer: " + out);
        }
        return Long.parseLong(m.group(1));
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + arguments + " failed: " + out);
        }
        return out;
    }

    /** Samples {@link #liveKb()} every {@code everyMillis} on a thread of its own until {@link Sampler#stop()}. */
    Sampler every(long everyMillis) {
        Sampler s = new Sampler(everyMillis);
        s.thread.start();
        return s;
    }

    /** Live-heap samples taken in the background. */
    final class Sampler {
        private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;
        private volatile boolean stopped;

        private Sampler(long everyMillis) {
            thread = new Thread(() -> {
                try {
                    while (!stopped) {
                        Thread.sleep(everyMillis);
                        if (!stopped) {
                            samples.add(liveKb());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
        }

        /** Stops sampling; the samples taken (KB), in order. */
        List<Long> stop() throws InterruptedException {
            stopped = true;
            thread.interrupt();
            thread.join(60_000);
            return List.copyOf(samples);
        }
    }
}
