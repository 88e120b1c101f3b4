package ai.alquimista.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local SMTP server for the fault suite: speaks enough of RFC 5321 for Jakarta Mail (EHLO/HELO, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT), takes every message and records it by its {@code X-Alquimista-Envio} and {@code Message-ID}
 * headers when the final dot arrives, before it answers 250, as a real server commits a message before saying so. It
 * can refuse for a while (421 at the greeting), so a scenario can make the provider fail.
 */
final class LocalSmtp implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalSmtp.class.getName());

    private final ServerSocket listener;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final ProviderLog log;

    private LocalSmtp(ServerSocket listener, Clock clock) {
        this.listener = listener;
        this.log = new ProviderLog("email", clock);
    }

    /** Listens on 127.0.0.1 on a free port. */
    static LocalSmtp start(Clock clock) throws IOException {
        LocalSmtp smtp = new LocalSmtp(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), clock);
        Thread acceptor = new Thread(smtp::accept, "local-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        return smtp;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** What it took and refused. */
    ProviderLog log() {
        return log;
    }

    /** Refuses every connection with 421 for {@code outage}. */
    void failFor(Duration outage) {
        log.failFor(outage);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                sessions.execute(() -> converse(socket));
            } catch (SocketException closed) {
                if (!listener.isClosed()) {
                    LOG.log(Level.WARNING, "local SMTP stopped accepting", closed);
                }
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "local SMTP accept failed", e);
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            if (log.refuses("127.0.0.1:" + port())) {
                reply(out, "421 4.3.2 local SMTP unavailable, try again later");
                return;
            }
            reply(out, "220 localhost ESMTP alquimista-faults");
            String sender = "";
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        sender = line.substring(line.indexOf(':') + 1).trim();
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT", "NOOP" -> reply(out, "250 OK");
                    case "RSET" -> {
                        sender = "";
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 end data with <CR><LF>.<CR><LF>");
                        log.took(message(sender, in));
                        reply(out, "250 2.0.0 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 command not recognized");
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "local SMTP session ended", e);
        }
    }

    /** Reads the message up to the lone dot and keeps its routing headers. */
    private ProviderCall message(String sender, BufferedReader in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        boolean inHeaders = true;
        String last = null;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (!inHeaders) {
                continue;
            }
            if (line.isEmpty()) {
                inHeaders = false;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.merge(last, " " + line.trim(), String::concat);
            } else if (line.indexOf(':') > 0) {
                last = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                headers.put(last, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return new ProviderCall(
                sender,
                headers.getOrDefault("to", "").trim(),
                headers.getOrDefault("x-alquimista-envio", "").trim(),
                headers.getOrDefault("message-id", "").trim(),
                log.now(),
                sender);
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sessions.shutdownNow();
    }
}
