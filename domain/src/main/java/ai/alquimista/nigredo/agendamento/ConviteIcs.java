package ai.alquimista.nigredo.agendamento;

import ai.alquimista.nigredo.canais.Anexo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A meeting invite as RFC 5545 / RFC 5546 (iTIP) want it: a {@code VCALENDAR} with {@code METHOD:REQUEST} and one
 * {@code VEVENT} (UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY, DESCRIPTION, ORGANIZER, ATTENDEE), text values escaped
 * (backslash, semicolon, comma, line breaks), lines ended by CRLF and folded at 75 octets without splitting a UTF-8
 * character. The same UID with a higher {@code sequence} updates the invite.
 *
 * @param uid stable per meeting, e.g. {@code <agendamento id>@alquimista.ai}
 * @param participantes the attendees' e-mail addresses
 */
public record ConviteIcs(
        String uid,
        Instant dtstamp,
        Horario horario,
        String titulo,
        String descricao,
        String organizador,
        String nomeDoOrganizador,
        List<String> participantes,
        int sequence) {

    public static final String ARQUIVO = "convite.ics";
    public static final String TIPO = "text/calendar; method=REQUEST; charset=UTF-8";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern EMAIL = Pattern.compile("[^\\s:;,\"<>]+@[^\\s:;,\"<>]+");
    private static final int OCTETOS_POR_LINHA = 75;

    public ConviteIcs {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(dtstamp, "dtstamp");
        Objects.requireNonNull(horario, "horario");
        Objects.requireNonNull(titulo, "titulo");
        descricao = descricao == null ? "" : descricao;
        endereco(organizador);
        participantes = List.copyOf(participantes);
        participantes.forEach(ConviteIcs::endereco);
    }

    private static void endereco(String email) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an e-mail address for an invite: " + email);
        }
    }

    /** The iCalendar text, CRLF line ends, folded. */
    public String texto() {
        StringBuilder ics = new StringBuilder();
        linha(ics, "BEGIN:VCALENDAR");
        linha(ics, "PRODID:-//Alquimista.AI//Agendamento//PT-BR");
        linha(ics, "VERSION:2.0");
        linha(ics, "CALSCALE:GREGORIAN");
        linha(ics, "METHOD:REQUEST");
        linha(ics, "BEGIN:VEVENT");
        linha(ics, "UID:" + escapado(uid));
        linha(ics, "DTSTAMP:" + UTC.format(dtstamp));
        linha(ics, "DTSTART:" + UTC.format(horario.inicio()));
        linha(ics, "DTEND:" + UTC.format(horario.fim()));
        linha(ics, "SEQUENCE:" + sequence);
        linha(ics, "STATUS:CONFIRMED");
        linha(ics, "SUMMARY:" + escapado(titulo));
        if (!descricao.isBlank()) {
            linha(ics, "DESCRIPTION:" + escapado(descricao));
        }
        linha(
                ics,
                "ORGANIZER;CN=" + parametro(nomeDoOrganizador == null ? organizador : nomeDoOrganizador) + ":mailto:"
                        + organizador);
        for (String participante : participantes) {
            linha(
                    ics,
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                            + participante);
        }
        linha(ics, "END:VEVENT");
        linha(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** The invite an e-mail carries. */
    public Anexo anexo() {
        return new Anexo(ARQUIVO, TIPO, texto().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, a line break as {@code \n}; other controls dropped. */
    static String escapado(String texto) {
        StringBuilder escapado = new StringBuilder();
        String normalizado = texto.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalizado.length(); i++) {
            char c = normalizado.charAt(i);
            switch (c) {
                case '\\' -> escapado.append("\\\\");
                case ';' -> escapado.append("\\;");
                case ',' -> escapado.append("\\,");
                case '\n' -> escapado.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escapado.append(c);
                    }
                }
            }
        }
        return escapado.toString();
    }

    /** A parameter value (§3.2): quoted, and a quote or control character it cannot hold dropped. */
    static String parametro(String valor) {
        return "\"" + valor.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** §3.1: a content line longer than 75 octets continues on the next after CRLF and one space. */
    private static void linha(StringBuilder ics, String conteudo) {
        int octetos = 0;
        int limite = OCTETOS_POR_LINHA;
        for (int i = 0; i < conteudo.length(); ) {
            int codePoint = conteudo.codePointAt(i);
            int tamanho = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octetos + tamanho > limite) {
                ics.append("\r\n ");
                octetos = 0;
                limite = OCTETOS_POR_LINHA - 1;
            }
            ics.appendCodePoint(codePoint);
            octetos += tamanho;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
