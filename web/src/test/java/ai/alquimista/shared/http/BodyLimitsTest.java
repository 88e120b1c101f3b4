package ai.alquimista.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.shared.errors.TooLarge;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(1_048_576);

    @Test
    void eachRouteReadsAsMuchAsItNeeds() {
        assertThat(limits.of("/auth/login")).isEqualTo(8 * 1024);
        assertThat(limits.of("/auth/operator/password")).isEqualTo(8 * 1024);
        assertThat(limits.of("/api/leads/import")).isEqualTo(1_048_576);
        assertThat(limits.of("/api/leads")).isEqualTo(BodyLimits.LEADS_JSON_BYTES);
        assertThat(limits.of("/webhooks/whatsapp")).isEqualTo(1024 * 1024);
        assertThat(limits.of("/webhooks/ses")).isEqualTo(BodyLimits.WEBHOOK_BYTES);
        assertThat(limits.of("/api/campanhas/x/mensagens")).isEqualTo(JsonBodies.MAX_BYTES);
        assertThat(limits.of("/authority")).isEqualTo(JsonBodies.MAX_BYTES);
        assertThat(limits.of("/")).isEqualTo(JsonBodies.MAX_BYTES);
    }

    @Test
    void aBodyIsReadUpToTheLimitAndNotAByteFurther() throws IOException {
        assertThat(new LimitedRequest.LimitedBody(body(10), 10).readAllBytes()).hasSize(10);

        var tooLong = new LimitedRequest.LimitedBody(body(11), 10);
        assertThat(tooLong.read(new byte[6], 0, 6)).isEqualTo(6);
        assertThatThrownBy(tooLong::readAllBytes)
                .isInstanceOf(TooLarge.class)
                .hasMessage("the request body is larger than 10 bytes");
    }

    private static ServletInputStream body(int bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[bytes]);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
