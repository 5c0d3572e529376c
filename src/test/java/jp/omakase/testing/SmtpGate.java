package jp.omakase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay in front of the SMTP sink that holds every connection it accepts until {@link #open()}: a mail server
 * that hangs before its greeting, so a test can act while a mail is on its way. After {@code open()} it relays at once.
 */
public final class SmtpGate implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final CountDownLatch opened = new CountDownLatch(1);
    private final Semaphore held = new Semaphore(0);
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-gate");
        t.setDaemon(true);
        return t;
    });

    private SmtpGate(int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = targetPort;
        threads.execute(this::acceptLoop);
    }

    /** A closed gate in front of the SMTP server on {@code targetPort} of the loopback address. */
    public static SmtpGate closedInFrontOf(int targetPort) {
        try {
            return new SmtpGate(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Waits until a client has connected and is being held; false after {@code timeout}. */
    public boolean awaitHeldConnection(Duration timeout) throws InterruptedException {
        return held.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held connections and every later one through to the SMTP server. */
    public void open() {
        opened.countDown();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            if (opened.getCount() > 0) {
                held.release();
                opened.await();
            }
            try (Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
                threads.execute(() -> pipe(server, client));
                pipe(client, server);
            }
        } catch (IOException e) {
            // one side closed: the conversation is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed: the conversation is over
        }
    }

    @Override
    public void close() {
        opened.countDown();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
