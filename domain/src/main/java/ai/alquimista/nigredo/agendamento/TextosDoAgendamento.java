package ai.alquimista.nigredo.agendamento;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What Agendamento writes to a lead, in Brazilian Portuguese and the tenant's time zone: the slots offered ("1)
 * segunda, 23/11, às 14h"), the question asked again, the confirmation, and that a person takes over.
 *
 * @param contato the contact's name as the lead has it (only the first name is used), may be empty
 */
public record TextosDoAgendamento(String contato, ZoneId zona) {

    private static final Pattern NOME = Pattern.compile("\\p{L}[\\p{L}'’-]{0,29}");
    private static final String COMO_RESPONDER = "Responda com o número da opção.";

    public TextosDoAgendamento {
        contato = contato == null ? "" : contato;
        Objects.requireNonNull(zona, "zona");
    }

    public String proposta(List<Horario> opcoes) {
        return "Que ótimo" + vocativo() + "! Tenho estes horários para a nossa conversa:\n" + lista(opcoes) + "\n"
                + COMO_RESPONDER + " Se nenhum servir, responda \"nenhum\" que eu sugiro outros.";
    }

    public String outrasOpcoes(List<Horario> opcoes) {
        return "Sem problema" + vocativo() + "! Que tal um destes:\n" + lista(opcoes) + "\n" + COMO_RESPONDER;
    }

    public String horarioTomado(Horario escolhido, List<Horario> opcoes) {
        return "Poxa" + vocativo() + ", o horário de " + quando(escolhido)
                + " acabou de ser reservado. Tenho estes outros:\n" + lista(opcoes) + "\n" + COMO_RESPONDER;
    }

    public String perguntarDeNovo(List<Horario> opcoes) {
        return "Desculpe" + vocativo() + ", não entendi qual horário prefere. As opções são:\n" + lista(opcoes) + "\n"
                + "Responda só com o número (" + numeros(opcoes.size()) + "), ou \"nenhum\" para outros horários.";
    }

    public String confirmacao(Horario horario, boolean comConvite) {
        return "Reunião confirmada" + vocativo() + ": " + quando(horario) + ", com duração de "
                + horario.duracao().toMinutes() + " minutos."
                + (comConvite ? " O convite para a sua agenda segue em anexo." : "")
                + " Até lá!";
    }

    public String semHorarios() {
        return "Obrigado pelo interesse" + vocativo()
                + "! Nossa agenda está cheia nos próximos dias; uma pessoa do nosso time vai entrar em contato"
                + " para combinar o melhor horário.";
    }

    public String pessoaConfirma(Horario horario) {
        return "Anotado" + vocativo() + ": " + quando(horario)
                + ". Uma pessoa do nosso time vai confirmar o horário com você em breve.";
    }

    public String pessoaAssume() {
        return "Desculpe a confusão" + vocativo()
                + "! Uma pessoa do nosso time vai falar com você para combinar o horário.";
    }

    public String assunto(String empresaCliente) {
        return "Reunião com " + empresaCliente;
    }

    /** "segunda, 23/11, às 14h", "terça, 24/11, às 9h30". */
    public String quando(Horario horario) {
        ZonedDateTime inicio = horario.inicio().atZone(zona);
        String hora = inicio.getMinute() == 0
                ? inicio.getHour() + "h"
                : inicio.getHour() + "h" + String.format(Locale.ROOT, "%02d", inicio.getMinute());
        return diaDaSemana(inicio.getDayOfWeek())
                + String.format(Locale.ROOT, ", %02d/%02d, às ", inicio.getDayOfMonth(), inicio.getMonthValue())
                + hora;
    }

    private String lista(List<Horario> opcoes) {
        StringBuilder lista = new StringBuilder();
        for (int i = 0; i < opcoes.size(); i++) {
            lista.append(i + 1).append(") ").append(quando(opcoes.get(i))).append('\n');
        }
        return lista.toString().stripTrailing();
    }

    private static String numeros(int quantos) {
        return switch (quantos) {
            case 1 -> "1";
            case 2 -> "1 ou 2";
            default -> "1, 2 ou 3";
        };
    }

    static String diaDaSemana(DayOfWeek dia) {
        return switch (dia) {
            case MONDAY -> "segunda";
            case TUESDAY -> "terça";
            case WEDNESDAY -> "quarta";
            case THURSDAY -> "quinta";
            case FRIDAY -> "sexta";
            case SATURDAY -> "sábado";
            case SUNDAY -> "domingo";
        };
    }

    private String vocativo() {
        String primeiro = contato.strip().split("\\s+")[0];
        if (!NOME.matcher(primeiro).matches()) {
            return "";
        }
        boolean caixaUnica = primeiro.equals(primeiro.toUpperCase(Locale.ROOT))
                || primeiro.equals(primeiro.toLowerCase(Locale.ROOT));
        String nome = caixaUnica
                ? primeiro.substring(0, 1).toUpperCase(Locale.ROOT)
                        + primeiro.substring(1).toLowerCase(Locale.ROOT)
                : primeiro;
        return ", " + nome;
    }
}
