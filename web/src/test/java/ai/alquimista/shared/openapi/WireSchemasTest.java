package ai.alquimista.shared.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireSchemasTest {

    @Test
    void theDocumentNamesAPropertyAsTheJsonDoes() {
        assertThat(WireSchemas.snakeCase("createdAt")).isEqualTo("created_at");
        assertThat(WireSchemas.snakeCase("originMessageId")).isEqualTo("origin_message_id");
        assertThat(WireSchemas.snakeCase("newPassword")).isEqualTo("new_password");
    }

    @Test
    void namesThatAreAlreadyTheJsonsStayAsTheyAre() {
        assertThat(WireSchemas.snakeCase("id")).isEqualTo("id");
        assertThat(WireSchemas.snakeCase("new_password")).isEqualTo("new_password");
        assertThat(WireSchemas.snakeCase("limite_hora")).isEqualTo("limite_hora");
    }
}
