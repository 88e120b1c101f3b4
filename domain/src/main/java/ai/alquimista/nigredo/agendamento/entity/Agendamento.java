package ai.alquimista.nigredo.agendamento.entity;

import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonArrayConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting with a lead, from the slots offered to what the sales team marks. It owns its transitions: proposto →
 * confirmado (the saga booked it) → remarcado, cancelado or realizado (the sales team), realizado → convertido (the
 * team's mark on the lead); a proposal that ends without a meeting is cancelado with its {@code encerramento}. Any
 * other move is refused with a {@link Conflict}.
 */
@Entity
@Table(schema = "nigredo_leads", name = "agendamentos")
public class Agendamento {

    public static final int DURACAO_PADRAO = 60;

    /** Statuses of a booked meeting still to happen or to be marked. */
    public static final Set<AgendamentoStatus> MARCADOS =
            EnumSet.of(AgendamentoStatus.confirmado, AgendamentoStatus.remarcado);

    @Id
    private UUID id;

    @Column(name = "lead_id")
    private String leadId;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "data_hora")
    private Instant dataHora;

    private Integer duracao;

    @Convert(converter = AgendamentoStatusConverter.class)
    private AgendamentoStatus status;

    @Column(name = "calendar_event_id")
    private String calendarEventId;

    private String briefing;

    @Column(name = "interacao_id", updatable = false)
    private String interacaoId;

    private String canal;

    @Convert(converter = JsonArrayConverter.class)
    private JsonArray opcoes;

    @Convert(converter = JsonArrayConverter.class)
    @Column(name = "ja_propostos")
    private JsonArray jaPropostos;

    private int tentativas;

    private String encerramento;

    private boolean convertido;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Agendamento() {}

    /** A meeting booked outright (no proposal), at {@code dataHora}. */
    public Agendamento(UUID tenantId, UUID leadId, Instant dataHora, Integer duracao) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.leadId = Uuids.text(leadId);
        this.dataHora = Objects.requireNonNull(dataHora, "dataHora");
        this.duracao = duracao == null ? DURACAO_PADRAO : duracao;
        this.status = AgendamentoStatus.proposto;
        this.opcoes = JsonValue.EMPTY_JSON_ARRAY;
        this.jaPropostos = JsonValue.EMPTY_JSON_ARRAY;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * The slots offered to a lead who asked for a meeting in the reply {@code interacaoId}, on {@code canal}.
     *
     * @param opcoes at least one slot, all of the meeting's length
     */
    public static Agendamento proposta(
            UUID tenantId, UUID leadId, UUID interacaoId, String canal, List<Horario> opcoes, Instant agora) {
        if (opcoes.isEmpty()) {
            throw new IllegalArgumentException("a proposal offers at least one slot");
        }
        Agendamento agendamento = new Agendamento(
                tenantId,
                Objects.requireNonNull(leadId, "leadId"),
                opcoes.get(0).inicio(),
                (int) opcoes.get(0).duracao().toMinutes());
        agendamento.interacaoId = Uuids.text(interacaoId);
        agendamento.canal = Objects.requireNonNull(canal, "canal");
        agendamento.createdAt = agora;
        agendamento.oferecer(opcoes, agora);
        return agendamento;
    }

    /** Three new slots for a lead who wants none of the last ones (or whose choice was taken meanwhile). */
    public void novasOpcoes(List<Horario> novas, Instant agora) {
        exigir(EnumSet.of(AgendamentoStatus.proposto), "offer new slots");
        if (novas.isEmpty()) {
            throw new IllegalArgumentException("a proposal offers at least one slot");
        }
        tentativas = 0;
        oferecer(novas, agora);
    }

    /** @return how many answers in a row matched no slot */
    public int respostaNaoEntendida(Instant agora) {
        exigir(EnumSet.of(AgendamentoStatus.proposto), "read an answer");
        tentativas++;
        updatedAt = agora;
        return tentativas;
    }

    /** The saga booked the slot: the calendar event exists and the confirmation is scheduled. */
    public void confirmar(Horario horario, String eventId, String briefing, Instant agora) {
        exigir(EnumSet.of(AgendamentoStatus.proposto), "confirm");
        marcar(horario, eventId);
        this.briefing = briefing;
        status = AgendamentoStatus.confirmado;
        updatedAt = agora;
    }

    /** The proposal ends without a meeting (no slot free, no answer understood, the calendar failed): a person takes over. */
    public void encerrarProposta(String motivo, Instant agora) {
        exigir(EnumSet.of(AgendamentoStatus.proposto), "close the proposal");
        encerramento = Objects.requireNonNull(motivo, "motivo");
        status = AgendamentoStatus.cancelado;
        updatedAt = agora;
    }

    /** The sales team moved the meeting to a free slot, booked as {@code eventId}. */
    public void remarcar(Horario horario, String eventId, Instant agora) {
        exigir(MARCADOS, "reschedule");
        marcar(horario, eventId);
        status = AgendamentoStatus.remarcado;
        updatedAt = agora;
    }

    /** The sales team called the meeting off (its calendar event is removed by the caller). */
    public void cancelar(Instant agora) {
        exigir(MARCADOS, "cancel");
        status = AgendamentoStatus.cancelado;
        updatedAt = agora;
    }

    /** The meeting took place: only once it has started. */
    public void realizar(Instant agora) {
        exigir(MARCADOS, "mark as held");
        if (agora.isBefore(dataHora)) {
            throw new Conflict("the meeting starts at " + dataHora + " and cannot be marked as held before then");
        }
        status = AgendamentoStatus.realizado;
        updatedAt = agora;
    }

    /** The sales team closed the deal at a meeting that took place: the lead is convertido. */
    public void converter(Instant agora) {
        exigir(EnumSet.of(AgendamentoStatus.realizado), "mark the lead as converted");
        if (convertido) {
            throw new Conflict("the lead of agendamento " + id + " is already marked as converted");
        }
        convertido = true;
        updatedAt = agora;
    }

    private void exigir(Set<AgendamentoStatus> permitidos, String acao) {
        if (!permitidos.contains(status)) {
            throw new Conflict("cannot " + acao + " agendamento " + id + ": it is " + status);
        }
    }

    private void marcar(Horario horario, String eventId) {
        dataHora = horario.inicio();
        duracao = (int) horario.duracao().toMinutes();
        calendarEventId = eventId;
    }

    private void oferecer(List<Horario> novas, Instant agora) {
        opcoes = json(novas);
        List<Horario> todas = new ArrayList<>(jaPropostos());
        novas.stream().filter(h -> !todas.contains(h)).forEach(todas::add);
        jaPropostos = json(todas);
        dataHora = novas.get(0).inicio();
        updatedAt = agora;
    }

    private static JsonArray json(Collection<Horario> horarios) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        horarios.forEach(h -> array.add(Json.createObjectBuilder()
                .add("inicio", h.inicio().toString())
                .add("fim", h.fim().toString())));
        return array.build();
    }

    private static List<Horario> horarios(JsonArray array) {
        if (array == null) {
            return List.of();
        }
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> new Horario(Instant.parse(o.getString("inicio")), Instant.parse(o.getString("fim"))))
                .toList();
    }

    /** The slots offered now, numbered from 1 in this order. */
    public List<Horario> opcoes() {
        return horarios(opcoes);
    }

    /** Every slot ever offered in this proposal. */
    public List<Horario> jaPropostos() {
        return horarios(jaPropostos);
    }

    public Horario horario() {
        return Horario.de(dataHora, Duration.ofMinutes(duracao));
    }

    public UUID getId() {
        return id;
    }

    public UUID getLeadId() {
        return Uuids.of(leadId);
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public UUID getInteracaoId() {
        return Uuids.of(interacaoId);
    }

    public String getCanal() {
        return canal;
    }

    public Instant getDataHora() {
        return dataHora;
    }

    public Integer getDuracao() {
        return duracao;
    }

    public AgendamentoStatus getStatus() {
        return status;
    }

    public String getCalendarEventId() {
        return calendarEventId;
    }

    public String getBriefing() {
        return briefing;
    }

    public int getTentativas() {
        return tentativas;
    }

    public String getEncerramento() {
        return encerramento;
    }

    public boolean isConvertido() {
        return convertido;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
