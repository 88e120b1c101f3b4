package ai.alquimista.nigredo.agendamento;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Free meeting slots over the next business days and the three a lead is offered. Slots start on the hour or the
 * half hour, lie wholly inside office hours, and never overlap busy time. The offer spreads over different days
 * (a lead who cannot do Tuesday can rarely do Tuesday at another hour), alternating morning (from 09:00) and
 * afternoon (from 14:00).
 */
public final class Disponibilidade {

    /** Seed 001 §5.6: from tomorrow to a week ahead. */
    public static final int DIAS_UTEIS = 5;

    public static final int OPCOES = 3;

    private static final Duration PASSO = Duration.ofMinutes(30);
    private static final LocalTime MANHA = LocalTime.of(9, 0);
    private static final LocalTime MEIO_DIA = LocalTime.NOON;
    private static final LocalTime TARDE = LocalTime.of(14, 0);

    private final Expediente expediente;

    public Disponibilidade(Expediente expediente) {
        this.expediente = Objects.requireNonNull(expediente, "expediente");
    }

    /** From the start of tomorrow to the end of the {@code diasUteis}-th business day after today. */
    public Horario periodo(Instant agora, int diasUteis) {
        List<LocalDate> dias = diasUteis(agora, diasUteis);
        ZonedDateTime inicio = dias.get(0).atStartOfDay(expediente.zona());
        ZonedDateTime fim = dias.get(dias.size() - 1).plusDays(1).atStartOfDay(expediente.zona());
        return new Horario(inicio.toInstant(), fim.toInstant());
    }

    /** Every free slot, in time order, on the next {@code diasUteis} business days. */
    public List<Horario> livres(Instant agora, int diasUteis, Collection<Horario> ocupados) {
        List<Horario> livres = new ArrayList<>();
        for (LocalDate dia : diasUteis(agora, diasUteis)) {
            ZonedDateTime fechamento = dia.atTime(expediente.fechamento()).atZone(expediente.zona());
            ZonedDateTime inicio = dia.atTime(expediente.abertura()).atZone(expediente.zona());
            for (; !inicio.plus(expediente.duracao()).isAfter(fechamento); inicio = inicio.plus(PASSO)) {
                Horario candidato = Horario.de(inicio.toInstant(), expediente.duracao());
                if (ocupados.stream().noneMatch(candidato::sobrepoe)) {
                    livres.add(candidato);
                }
            }
        }
        return livres;
    }

    /**
     * Up to {@code quantos} of the free slots, none already offered: one per day while days last, the first in the
     * morning, the next in the afternoon, and so on; then second slots on the same days.
     */
    public List<Horario> propostas(List<Horario> livres, int quantos, Collection<Horario> jaPropostos) {
        Map<LocalDate, List<Horario>> porDia = new LinkedHashMap<>();
        livres.stream()
                .filter(horario -> jaPropostos.stream().noneMatch(horario::equals))
                .forEach(horario -> porDia.computeIfAbsent(dia(horario), d -> new ArrayList<>())
                        .add(horario));
        List<Horario> escolhidos = new ArrayList<>();
        boolean manha = true;
        while (escolhidos.size() < quantos && porDia.values().stream().anyMatch(l -> !l.isEmpty())) {
            for (List<Horario> doDia : porDia.values()) {
                if (escolhidos.size() == quantos || doDia.isEmpty()) {
                    continue;
                }
                Horario escolhido = turno(doDia, manha);
                doDia.remove(escolhido);
                escolhidos.add(escolhido);
                manha = !manha;
            }
        }
        escolhidos.sort(null);
        return List.copyOf(escolhidos);
    }

    private Horario turno(List<Horario> doDia, boolean manha) {
        return primeiro(doDia, manha).or(() -> primeiro(doDia, !manha)).orElse(doDia.get(0));
    }

    /** A morning meeting from 09:00, an afternoon one from 14:00: nobody is offered lunch time or the first minute. */
    private Optional<Horario> primeiro(List<Horario> doDia, boolean manha) {
        return doDia.stream()
                .filter(horario -> manha
                        ? !hora(horario).isBefore(MANHA) && hora(horario).isBefore(MEIO_DIA)
                        : !hora(horario).isBefore(TARDE))
                .findFirst();
    }

    private List<LocalDate> diasUteis(Instant agora, int quantos) {
        if (quantos < 1) {
            throw new IllegalArgumentException("at least one business day: " + quantos);
        }
        List<LocalDate> dias = new ArrayList<>();
        for (LocalDate dia = agora.atZone(expediente.zona()).toLocalDate().plusDays(1);
                dias.size() < quantos;
                dia = dia.plusDays(1)) {
            if (expediente.diaUtil(dia)) {
                dias.add(dia);
            }
        }
        return dias;
    }

    private LocalDate dia(Horario horario) {
        return horario.inicio().atZone(expediente.zona()).toLocalDate();
    }

    private LocalTime hora(Horario horario) {
        return horario.inicio().atZone(expediente.zona()).toLocalTime();
    }
}
