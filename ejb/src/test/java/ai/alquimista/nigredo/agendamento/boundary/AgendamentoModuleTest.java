package ai.alquimista.nigredo.agendamento.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.agendamento.control.ContaDeServicoDeTeste;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a manager activating Agendamento learns about the calendar in its settings. */
class AgendamentoModuleTest {

    private static final JsonObject GOOGLE =
            json("{\"calendario\": \"google\", \"google_calendar_id\": \"vendas@fornobom.com.br\"}");

    @TempDir
    Path pasta;

    private AgendamentoModule agendamento(Optional<Path> chave) {
        return Beans.wire(new AgendamentoModule(), ContaDeServicoDeTeste.api(chave));
    }

    @Test
    void theEmbeddedCalendarNeedsNothingFromThePlatform() {
        AgendamentoModule agendamento = agendamento(Optional.empty());

        assertThatCode(() -> agendamento.checkSettings(JsonObject.EMPTY_JSON_OBJECT))
                .doesNotThrowAnyException();
        assertThatCode(() -> agendamento.checkSettings(json("{\"calendario\": \"embutido\", \"duracao_minutos\": 30}")))
                .doesNotThrowAnyException();
    }

    @Test
    void googleCalendarIsRefusedWhereThePlatformHasNoServiceAccount() {
        assertThatThrownBy(() -> agendamento(Optional.empty()).checkSettings(GOOGLE))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "settings.calendario",
                                        "google is not available on this platform (no Google service account is set up):"
                                                + " use embutido")));
    }

    @Test
    void googleCalendarIsRefusedWhenTheServiceAccountsKeyCannotBeRead() throws Exception {
        Path semChavePrivada = Files.writeString(pasta.resolve("conta.json"), "{\"client_email\": \"x\"}");

        assertThatThrownBy(() -> agendamento(Optional.of(semChavePrivada)).checkSettings(GOOGLE))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("settings.calendario: google is not available");
    }

    @Test
    void googleCalendarIsAcceptedWithTheServiceAccountsKey() throws Exception {
        assertThatCode(() -> agendamento(Optional.of(chave())).checkSettings(GOOGLE))
                .doesNotThrowAnyException();
    }

    @Test
    void aCalendarIdThatIsOnlyDotsIsRefused() throws Exception {
        AgendamentoModule agendamento = agendamento(Optional.of(chave()));

        assertThatThrownBy(() ->
                        agendamento.checkSettings(json("{\"calendario\": \"google\", \"google_calendar_id\": \"..\"}")))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("settings.google_calendar_id: is not valid");
    }

    private Path chave() throws Exception {
        return ContaDeServicoDeTeste.chave(
                pasta, ContaDeServicoDeTeste.chaves(), "https://oauth2.googleapis.com/token");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
