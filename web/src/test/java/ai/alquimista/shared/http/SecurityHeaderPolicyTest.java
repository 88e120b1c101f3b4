package ai.alquimista.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeaderPolicyTest {

    private final SecurityHeaderPolicy local = SecurityHeaderPolicy.forPublicUrl("http://127.0.0.1:8080");

    @Test
    void everyAnswerRefusesSniffingFramingAndReferrers() {
        for (String path : new String[] {"/", "/api/me", "/app/", "/api-docs/index.html", "/errors/401", "/health"}) {
            assertThat(local.headers(path))
                    .containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("Referrer-Policy", "no-referrer")
                    .containsEntry("X-Frame-Options", "DENY")
                    .containsKey("Content-Security-Policy");
        }
    }

    @Test
    void theUiAndTheApiDocsRunOnlyTheirOwnFilesAndEverythingElseNothing() {
        assertThat(local.headers("/app").get("Content-Security-Policy")).isEqualTo(SecurityHeaderPolicy.UI_POLICY);
        assertThat(local.headers("/app/views/leads.js").get("Content-Security-Policy"))
                .isEqualTo(SecurityHeaderPolicy.UI_POLICY)
                .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(local.headers("/api-docs/").get("Content-Security-Policy"))
                .isEqualTo(SecurityHeaderPolicy.UI_POLICY);
        assertThat(local.headers("/api/me").get("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(local.headers("/application").get("Content-Security-Policy"))
                .isEqualTo(SecurityHeaderPolicy.API_POLICY);
        assertThat(local.headers("/api-docsx").get("Content-Security-Policy"))
                .isEqualTo(SecurityHeaderPolicy.API_POLICY);
    }

    @Test
    void hstsOnlyWhenPublishedOverHttps() {
        assertThat(local.headers("/app/")).doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaderPolicy.forPublicUrl(null).headers("/")).doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaderPolicy.forPublicUrl(" HTTPS://app.alquimista.ai")
                        .headers("/api/me"))
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
}
