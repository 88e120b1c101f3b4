package ai.alquimista.nigredo.agendamento.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "nigredo_leads", name = "agendamentos")
public class Agendamento {

    public static final int DURACAO_PADRAO = 60;

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

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Agendamento() {}

    public Agendamento(UUID tenantId, UUID leadId, Instant dataHora, Integer duracao) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.leadId = Uuids.text(leadId);
        this.dataHora = Objects.requireNonNull(dataHora, "dataHora");
        this.duracao = duracao == null ? DURACAO_PADRAO : duracao;
        this.status = AgendamentoStatus.proposto;
        this.createdAt = Instant.now();
    }

    public void confirm(String calendarEventId) {
        this.calendarEventId = calendarEventId;
        status = AgendamentoStatus.confirmado;
    }

    public void reschedule(Instant dataHora) {
        this.dataHora = Objects.requireNonNull(dataHora, "dataHora");
        status = AgendamentoStatus.remarcado;
    }

    public void cancel() {
        status = AgendamentoStatus.cancelado;
    }

    public void markRealizado() {
        status = AgendamentoStatus.realizado;
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

    public void setBriefing(String briefing) {
        this.briefing = briefing;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
