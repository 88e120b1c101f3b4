package ai.alquimista.nigredo.disparo;

import ai.alquimista.nigredo.recebimento.Telefone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a lead may receive a message: in the lead's own time zone, from {@code abre} (inclusive) to {@code fecha}
 * (exclusive), only on {@code dias}, and never on a {@linkplain FeriadosNacionais national holiday}.
 */
public record JanelaDeEnvio(LocalTime abre, LocalTime fecha, Set<DayOfWeek> dias) {

    private static final ZoneId FUSO_PADRAO = ZoneId.of("America/Sao_Paulo");
    /** Far more than any run of closed days a non-empty set of weekdays can meet. */
    private static final int DIAS_PROCURADOS = 400;

    public JanelaDeEnvio {
        Objects.requireNonNull(abre, "abre");
        Objects.requireNonNull(fecha, "fecha");
        Objects.requireNonNull(dias, "dias");
        if (!abre.isBefore(fecha)) {
            throw new IllegalArgumentException("a janela deve abrir antes de fechar: " + abre + "–" + fecha);
        }
        if (dias.isEmpty()) {
            throw new IllegalArgumentException("a janela precisa de pelo menos um dia da semana");
        }
        dias = Collections.unmodifiableSet(EnumSet.copyOf(dias));
    }

    /** Business hours: 08:00–18:00, Monday to Friday. */
    public static JanelaDeEnvio comercial() {
        return new JanelaDeEnvio(
                LocalTime.of(8, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public boolean aberta(Instant instante, ZoneId fuso) {
        LocalDateTime local = LocalDateTime.ofInstant(instante, fuso);
        LocalTime hora = local.toLocalTime();
        return diaDeEnvio(local.toLocalDate()) && !hora.isBefore(abre) && hora.isBefore(fecha);
    }

    /** {@code instante} itself when the window is open then, otherwise the first instant after it that it opens. */
    public Instant proximaAbertura(Instant instante, ZoneId fuso) {
        Instant desde = instante;
        // Between two offset transitions the local clock runs evenly, so the opening is plain arithmetic there; a
        // transition (DST, a zone's change of offset) can move the clock into or past the window, so start over at it.
        while (!aberta(desde, fuso)) {
            ZoneOffset offset = fuso.getRules().getOffset(desde);
            Instant abertura = proximaAberturaSemTransicao(desde, offset);
            ZoneOffsetTransition transicao = fuso.getRules().nextTransition(desde);
            if (transicao == null || abertura.isBefore(transicao.getInstant())) {
                return abertura;
            }
            desde = transicao.getInstant();
        }
        return desde;
    }

    /**
     * The zone to reach the owner of a Brazilian phone in, from its area code; São Paulo's (Brasília time, where
     * most leads are) when the phone is missing, unreadable or not Brazilian.
     */
    public static ZoneId fusoDoTelefone(String e164) {
        return Telefone.parse(e164).value().map(Telefone::zoneId).orElse(FUSO_PADRAO);
    }

    private Instant proximaAberturaSemTransicao(Instant fechada, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofInstant(fechada, offset);
        LocalDate dia = local.toLocalDate();
        if (!local.toLocalTime().isBefore(abre) || !diaDeEnvio(dia)) {
            dia = dia.plusDays(1);
        }
        for (int procurados = 0; !diaDeEnvio(dia); procurados++) {
            if (procurados == DIAS_PROCURADOS) {
                throw new IllegalStateException("a janela não abre nos próximos " + DIAS_PROCURADOS + " dias: " + this);
            }
            dia = dia.plusDays(1);
        }
        return dia.atTime(abre).toInstant(offset);
    }

    private boolean diaDeEnvio(LocalDate dia) {
        return dias.contains(dia.getDayOfWeek()) && !FeriadosNacionais.feriado(dia);
    }
}
