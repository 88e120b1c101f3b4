package ai.alquimista.nigredo.agendamento;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The commercial briefing the sales team reads before the meeting: the company (what the lead and its enrichment
 * hold), how the conversation went (sentiment, objections raised), and the lead's whole history of messages, oldest
 * first. Plain text, so it reads the same in the Agenda and as a calendar event's description.
 *
 * @param empresa the company's data by label ("Empresa", "CNPJ", "Setor", "Porte", "Cidade"…), blank ones left out
 */
public record Briefing(
        Map<String, String> empresa,
        String contato,
        String telefone,
        String email,
        Horario horario,
        List<Mensagem> historico,
        ZoneId zona) {

    /** One interação: {@code tipo} enviado or recebido; sentiment, intent, objection and next step as recorded. */
    public record Mensagem(
            Instant em,
            String tipo,
            String canal,
            String texto,
            String sentimento,
            Integer intensidade,
            String intencao,
            String objecao,
            String proximoPasso) {}

    private static final DateTimeFormatter QUANDO = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String RODAPE = "\n\n--\n";

    public Briefing {
        empresa = new LinkedHashMap<>(empresa);
        historico = List.copyOf(historico);
        Objects.requireNonNull(horario, "horario");
        Objects.requireNonNull(zona, "zona");
    }

    public String texto() {
        StringBuilder texto = new StringBuilder();
        texto.append("BRIEFING COMERCIAL\n");
        texto.append("Reunião: ")
                .append(QUANDO.format(horario.inicio().atZone(zona)))
                .append(" (")
                .append(zona.getId())
                .append("), ")
                .append(horario.duracao().toMinutes())
                .append(" minutos\n\n");
        texto.append("EMPRESA\n");
        empresa.forEach((rotulo, valor) -> {
            if (valor != null && !valor.isBlank()) {
                texto.append("- ")
                        .append(rotulo)
                        .append(": ")
                        .append(valor.strip())
                        .append('\n');
            }
        });
        texto.append("\nCONTATO\n");
        item(texto, "Nome", contato);
        item(texto, "Telefone", telefone);
        item(texto, "E-mail", email);
        texto.append("\nCONVERSA\n");
        List<String> sentimentos = new ArrayList<>();
        List<String> objecoes = new ArrayList<>();
        for (Mensagem mensagem : historico) {
            if (mensagem.sentimento() != null) {
                sentimentos.add(mensagem.sentimento()
                        + (mensagem.intensidade() == null ? "" : " (" + mensagem.intensidade() + ")"));
            }
            if (mensagem.objecao() != null && !objecoes.contains(mensagem.objecao())) {
                objecoes.add(mensagem.objecao());
            }
        }
        item(texto, "Sentimento", sentimentos.isEmpty() ? "não registrado" : String.join(" → ", sentimentos));
        item(texto, "Objeções levantadas", objecoes.isEmpty() ? "nenhuma" : String.join(", ", objecoes));
        texto.append("\nHISTÓRICO (").append(historico.size()).append(" mensagens)\n");
        for (Mensagem mensagem : historico) {
            texto.append('[')
                    .append(QUANDO.format(mensagem.em().atZone(zona)))
                    .append("] ")
                    .append("recebido".equals(mensagem.tipo()) ? "Lead" : "Nós")
                    .append(" (")
                    .append(mensagem.canal())
                    .append(")");
            if (mensagem.intencao() != null) {
                texto.append(" [").append(mensagem.intencao()).append(']');
            }
            texto.append(": ").append(semRodape(mensagem.texto())).append('\n');
        }
        return texto.toString();
    }

    /** Our e-mails end with a signature-style footer (the unsubscribe link): the team reads the message, not it. */
    private static String semRodape(String texto) {
        if (texto == null) {
            return "";
        }
        int rodape = texto.lastIndexOf(RODAPE);
        return (rodape < 0 ? texto : texto.substring(0, rodape)).strip();
    }

    private static void item(StringBuilder texto, String rotulo, String valor) {
        if (valor != null && !valor.isBlank()) {
            texto.append("- ").append(rotulo).append(": ").append(valor.strip()).append('\n');
        }
    }
}
