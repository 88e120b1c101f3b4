package ai.alquimista.sqs.adapter;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks PostgreSQL itself whether it accepts connections, without a JDBC driver (the adapter shares
 * no classes with the application and carries no driver): it opens a socket to the host of the
 * application's JDBC URL, sends a protocol 3.0 startup message and reads the first answer. An
 * authentication request (or any refusal other than "cannot connect now") means the server is up
 * and taking sessions; the probe then hangs up before authenticating, which PostgreSQL does not log
 * as an error. "The database system is starting up / shutting down / in recovery" (SQLSTATE
 * {@code 57P0x}) and "too many connections" ({@code 53300}) mean not yet.
 */
final class PostgresProbe implements DatabaseProbe {

    private static final int PROTOCOL_3_0 = 196_608;
    private static final int DEFAULT_PORT = 5432;

    private final String host;
    private final int port;
    private final String user;
    private final String database;
    private final int timeoutMillis;

    PostgresProbe(String host, int port, String user, String database, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
        this.timeoutMillis = timeoutMillis;
    }

    /** {@code jdbc:postgresql://host[:port][,more hosts]/database[?…]}; the first host is probed. */
    static Optional<PostgresProbe> fromJdbcUrl(String jdbcUrl, String user, int timeoutMillis) {
        String prefix = "jdbc:postgresql://";
        if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(prefix.length());
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int query = path.indexOf('?');
        String database = query < 0 ? path : path.substring(0, query);
        String first = hosts.split(",")[0];
        if (first.isBlank()) {
            first = "localhost";
        }
        URI address = URI.create("tcp://" + first);
        if (address.getHost() == null) {
            return Optional.empty();
        }
        int port = address.getPort() < 0 ? DEFAULT_PORT : address.getPort();
        String host = address.getHost().startsWith("[")
                ? address.getHost().substring(1, address.getHost().length() - 1)
                : address.getHost();
        String name = database.isBlank() ? user : database;
        return Optional.of(new PostgresProbe(host, port, user, name, timeoutMillis));
    }

    @Override
    public void check() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] startup = startupMessage();
            out.write(startup);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int type = in.read();
            if (type < 0) {
                throw new IOException(describe() + " closed the connection without answering");
            }
            if (type == 'E') {
                String code = errorCode(in);
                if (code.startsWith("57P0") || code.equals("53300")) {
                    throw new IOException(describe() + " does not take sessions yet (SQLSTATE " + code + ")");
                }
            }
            // 'R' (authentication request), 'v' (protocol negotiation) or any other refusal: the server answers
        }
    }

    String describe() {
        return "PostgreSQL at " + host + ":" + port;
    }

    private byte[] startupMessage() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(body);
        fields.writeInt(PROTOCOL_3_0);
        cString(fields, "user");
        cString(fields, user);
        cString(fields, "database");
        cString(fields, database);
        cString(fields, "application_name");
        cString(fields, "alquimista-sqs-probe");
        fields.writeByte(0);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        DataOutputStream framed = new DataOutputStream(message);
        framed.writeInt(body.size() + 4);
        framed.write(body.toByteArray());
        return message.toByteArray();
    }

    private static void cString(DataOutputStream out, String value) throws IOException {
        out.write(value.getBytes(StandardCharsets.UTF_8));
        out.writeByte(0);
    }

    private static String errorCode(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 4 || length > 64 * 1024) {
            return "";
        }
        byte[] fields = in.readNBytes(length - 4);
        int i = 0;
        while (i < fields.length && fields[i] != 0) {
            byte field = fields[i++];
            int end = i;
            while (end < fields.length && fields[end] != 0) {
                end++;
            }
            if (field == 'C') {
                return new String(fields, i, end - i, StandardCharsets.UTF_8);
            }
            i = end + 1;
        }
        return "";
    }
}
