package ai.alquimista.platform.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void theClientsHeadersAreCutToTheirColumnsAndControlCharactersReplaced() {
        AuditLog entry = new AuditLog(UUID.randomUUID(), UUID.randomUUID(), "lead.list")
                .client("203.0.113.7" + "9".repeat(100), "Mozilla/5.0 \u0000" + "x".repeat(1000));

        assertThat(entry.getIpAddress()).hasSize(AuditLog.MAX_IP_ADDRESS);
        assertThat(entry.getUserAgent()).hasSize(AuditLog.MAX_USER_AGENT).startsWith("Mozilla/5.0 \uFFFDx");
        assertThat(new AuditLog(null, null, "auth.login").client(null, null).getUserAgent())
                .isNull();
    }
}
