package ai.alquimista.nigredo.agendamento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sales team reads who the company is, how the conversation went and every message, before the meeting. */
class BriefingTest {

    @Test
    void theBriefingHoldsTheCompanyTheObjectionsAndTheWholeHistory() {
        Map<String, String> empresa = new LinkedHashMap<>();
        empresa.put("Empresa", "Padaria Pão Quente");
        empresa.put("CNPJ", "12.345.678/0001-90");
        empresa.put("Setor", "alimentacao");
        empresa.put("Cidade", "São Paulo/SP");
        empresa.put("Porte", "");
        Briefing briefing = new Briefing(
                empresa,
                "Maria Silva",
                "+5511987654321",
                null,
                Horario.de(Instant.parse("2026-11-23T17:00:00Z"), Duration.ofHours(1)),
                List.of(
                        new Briefing.Mensagem(
                                Instant.parse("2026-11-19T13:00:00Z"),
                                "enviado",
                                "whatsapp",
                                "Olá Maria!\n\n--\nNão quer mais receber nossas mensagens? Descadastre-se: https://x/descadastro/1",
                                null,
                                null,
                                null,
                                null,
                                null),
                        new Briefing.Mensagem(
                                Instant.parse("2026-11-19T14:00:00Z"),
                                "recebido",
                                "whatsapp",
                                "Está caro, mas tenho interesse",
                                "neutro",
                                40,
                                "objecao",
                                "preco",
                                "answer_objection"),
                        new Briefing.Mensagem(
                                Instant.parse("2026-11-19T15:00:00Z"),
                                "recebido",
                                "whatsapp",
                                "Vamos agendar",
                                "positivo",
                                80,
                                "interesse",
                                null,
                                "forward_to_scheduler")),
                ZoneId.of("America/Sao_Paulo"));

        assertThat(briefing.texto())
                .contains("Reunião: 23/11/2026 14:00 (America/Sao_Paulo), 60 minutos")
                .contains("- Empresa: Padaria Pão Quente\n- CNPJ: 12.345.678/0001-90\n- Setor: alimentacao\n"
                        + "- Cidade: São Paulo/SP\n")
                .doesNotContain("Porte")
                .contains("- Telefone: +5511987654321")
                .doesNotContain("E-mail")
                .contains("- Sentimento: neutro (40) → positivo (80)")
                .contains("- Objeções levantadas: preco")
                .contains("HISTÓRICO (3 mensagens)")
                .contains("[19/11/2026 10:00] Nós (whatsapp): Olá Maria!\n")
                .as("the unsubscribe footer of our e-mails is not part of the conversation")
                .doesNotContain("Descadastre-se")
                .contains("[19/11/2026 11:00] Lead (whatsapp) [objecao]: Está caro, mas tenho interesse");
    }
}
