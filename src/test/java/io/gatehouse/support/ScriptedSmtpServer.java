package io.gatehouse.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small SMTP server that answers each recipient as a test scripts it (250, or a 4xx or 5xx refusal), so that
 * a batch can have some messages accepted and others refused. Counts the messages it accepted per recipient. Real
 * SMTP over a socket; one connection at a time, as the outbox sends a batch over one connection.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Function<String, String> rcptReply;
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final Thread thread;

    /** {@code rcptReply} maps a recipient address to the whole reply line to its RCPT command ("250 OK"). */
    public ScriptedSmtpServer(Function<String, String> rcptReply) {
        this.rcptReply = rcptReply;
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int acceptedFor(String recipient) {
        return accepted.getOrDefault(recipient, new AtomicInteger()).get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away, or the server is closing
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 scripted ESMTP");
        String recipient = null;
        boolean recipientAccepted = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "MAIL" -> {
                    recipient = null;
                    recipientAccepted = false;
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    String answer = rcptReply.apply(recipient);
                    recipientAccepted = answer.startsWith("250");
                    reply(out, answer);
                }
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                        // the message itself is not kept
                    }
                    if (recipientAccepted && recipient != null) {
                        accepted.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                    }
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK"); // RSET, NOOP
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
