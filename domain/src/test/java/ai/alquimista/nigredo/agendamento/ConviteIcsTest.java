package ai.alquimista.nigredo.agendamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.canais.Anexo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invite a lead's calendar reads: RFC 5545 content lines, escaped, folded, times in UTC. */
class ConviteIcsTest {

    private static final Horario SEGUNDA_14H = Horario.de(Instant.parse("2026-11-23T17:00:00Z"), Duration.ofHours(1));

    private static ConviteIcs convite(String titulo, String descricao) {
        return new ConviteIcs(
                "3f1c2d7e-0000-4000-8000-000000000001@alquimista.ai",
                Instant.parse("2026-11-20T12:34:56Z"),
                SEGUNDA_14H,
                titulo,
                descricao,
                "vendas@alquimia.com.br",
                "Alquimia Vendas",
                List.of("maria@paoquente.com.br", "vendas@alquimia.com.br"),
                0);
    }

    private static List<String> linhasDesdobradas(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void anInviteIsARequestWithOneEventInUtc() {
        String ics = convite("Reunião - Padaria Pão Quente", "Conversa sobre o plano")
                .texto();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(linhasDesdobradas(ics))
                .contains(
                        "VERSION:2.0",
                        "METHOD:REQUEST",
                        "BEGIN:VEVENT",
                        "UID:3f1c2d7e-0000-4000-8000-000000000001@alquimista.ai",
                        "DTSTAMP:20261120T123456Z",
                        "DTSTART:20261123T170000Z",
                        "DTEND:20261123T180000Z",
                        "SUMMARY:Reunião - Padaria Pão Quente",
                        "DESCRIPTION:Conversa sobre o plano",
                        "ORGANIZER;CN=\"Alquimia Vendas\":mailto:vendas@alquimia.com.br",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                                + "mailto:maria@paoquente.com.br",
                        "END:VEVENT");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void textValuesAreEscaped() {
        String ics = convite("Reunião; Pão, Café \\ Cia", "linha 1\nlinha 2\r\nlinha 3")
                .texto();

        assertThat(linhasDesdobradas(ics))
                .contains("SUMMARY:Reunião\\; Pão\\, Café \\\\ Cia", "DESCRIPTION:linha 1\\nlinha 2\\nlinha 3");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String longa = "Conversa sobre padarias, pães, cafés e confeitarias ".repeat(8) + "ção ção ção";

        String ics = convite("Reunião - " + "Pão Quente ".repeat(12), longa).texto();

        for (String linha : ics.split("\r\n")) {
            assertThat(linha.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(linha).doesNotContain("\uFFFD");
        }
        assertThat(linhasDesdobradas(ics))
                .anySatisfy(l -> assertThat(l).isEqualTo("DESCRIPTION:" + ConviteIcs.escapado(longa)));
    }

    @Test
    void itTravelsAsACalendarAttachment() {
        Anexo anexo = convite("Reunião", "").anexo();

        assertThat(anexo.nome()).isEqualTo("convite.ics");
        assertThat(anexo.tipo()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(new String(anexo.conteudo(), StandardCharsets.UTF_8)).contains("METHOD:REQUEST");
    }

    @Test
    void anAddressThatCouldBreakALineIsRefused() {
        assertThatThrownBy(() -> new ConviteIcs(
                        "uid",
                        Instant.EPOCH,
                        SEGUNDA_14H,
                        "t",
                        "",
                        "vendas@alquimia.com.br",
                        null,
                        List.of("maria@x.com\r\nATTENDEE:mailto:eve@x.com"),
                        0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
