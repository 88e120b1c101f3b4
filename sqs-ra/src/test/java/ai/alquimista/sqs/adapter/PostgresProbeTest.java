package ai.alquimista.sqs.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The gate's probe against a stand-in server speaking the first step of PostgreSQL's protocol. */
class PostgresProbeTest {

    @Test
    void aServerAskingForAPasswordAnswersAndGetsTheStartupMessage() throws Exception {
        AtomicReference<String> startup = new AtomicReference<>();
        try (ServerSocket server = serve(in -> startup.set(readStartup(in)), authenticationRequest())) {
            probe(server.getLocalPort()).check();
        }
        assertThat(startup.get()).contains("user", "alquimista_app", "database", "alquimista");
    }

    @Test
    void aServerStillStartingUpDoesNotAnswerYet() throws Exception {
        try (ServerSocket server = serve(PostgresProbeTest::readStartup, error("57P03"))) {
            assertThatThrownBy(() -> probe(server.getLocalPort()).check())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("57P03");
        }
    }

    @Test
    void aRefusalForAnyOtherReasonStillMeansTheServerAnswers() throws Exception {
        try (ServerSocket server = serve(PostgresProbeTest::readStartup, error("28P01"))) {
            probe(server.getLocalPort()).check();
        }
    }

    @Test
    void nobodyListeningDoesNotAnswer() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        int unused = port;
        assertThatThrownBy(() -> probe(unused).check()).isInstanceOf(IOException.class);
    }

    @Test
    void readsHostPortAndDatabaseFromTheApplicationsJdbcUrl() {
        assertThat(PostgresProbe.fromJdbcUrl("jdbc:postgresql://db.internal:6543/alquimista?sslmode=require", "u", 1)
                        .orElseThrow()
                        .describe())
                .isEqualTo("PostgreSQL at db.internal:6543");
        assertThat(PostgresProbe.fromJdbcUrl("jdbc:postgresql://127.0.0.1/alquimista", "u", 1)
                        .orElseThrow()
                        .describe())
                .isEqualTo("PostgreSQL at 127.0.0.1:5432");
        assertThat(PostgresProbe.fromJdbcUrl("jdbc:mysql://x/y", "u", 1)).isEmpty();
    }

    private static PostgresProbe probe(int port) {
        return PostgresProbe.fromJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/alquimista", "alquimista_app", 2_000)
                .orElseThrow();
    }

    @FunctionalInterface
    private interface Reading {
        void read(DataInputStream in) throws IOException;
    }

    private static ServerSocket serve(Reading reading, byte[] answer) throws IOException {
        ServerSocket server = new ServerSocket(0);
        Thread thread = new Thread(() -> {
            try (Socket client = server.accept()) {
                reading.read(new DataInputStream(client.getInputStream()));
                client.getOutputStream().write(answer);
                client.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    private static String readStartup(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] body = in.readNBytes(length - 4);
        return new String(body, 4, body.length - 4, StandardCharsets.UTF_8).replace('\0', ' ');
    }

    private static byte[] authenticationRequest() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte('R');
        out.writeInt(12);
        out.writeInt(5); // MD5 password
        out.writeInt(0x01020304);
        return bytes.toByteArray();
    }

    private static byte[] error(String sqlState) throws IOException {
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        fields.write('S');
        fields.write("FATAL\0".getBytes(StandardCharsets.UTF_8));
        fields.write('C');
        fields.write((sqlState + "\0").getBytes(StandardCharsets.UTF_8));
        fields.write('M');
        fields.write("the database system is starting up\0".getBytes(StandardCharsets.UTF_8));
        fields.write(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte('E');
        out.writeInt(fields.size() + 4);
        out.write(fields.toByteArray());
        return bytes.toByteArray();
    }
}
