package ai.alquimista.nigredo.agendamento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the lead reads: days and hours in the tenant's time zone, in Portuguese, numbered. */
class TextosDoAgendamentoTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private static Horario as(String local) {
        return Horario.de(LocalDateTime.parse(local).atZone(SAO_PAULO).toInstant(), Duration.ofMinutes(60));
    }

    private final TextosDoAgendamento textos = new TextosDoAgendamento("MARIA SILVA", SAO_PAULO);

    @Test
    void theProposalNumbersTheSlotsAndSaysHowToAnswer() {
        String proposta =
                textos.proposta(List.of(as("2026-11-23T14:00"), as("2026-11-24T09:00"), as("2026-11-25T14:30")));

        assertThat(proposta)
                .startsWith("Que ótimo, Maria!")
                .contains("1) segunda, 23/11, às 14h\n2) terça, 24/11, às 9h\n3) quarta, 25/11, às 14h30")
                .contains("Responda com o número da opção.");
    }

    @Test
    void theConfirmationSaysWhenAndMentionsTheInviteOnlyWhenThereIsOne() {
        assertThat(textos.confirmacao(as("2026-11-23T14:00"), true))
                .isEqualTo("Reunião confirmada, Maria: segunda, 23/11, às 14h, com duração de 60 minutos."
                        + " O convite para a sua agenda segue em anexo. Até lá!");
        assertThat(textos.confirmacao(as("2026-11-23T14:00"), false)).doesNotContain("anexo");
    }

    @Test
    void withoutAUsableNameNobodyIsAddressed() {
        assertThat(new TextosDoAgendamento("Sr. 123", SAO_PAULO).pessoaAssume()).startsWith("Desculpe a confusão!");
    }
}
