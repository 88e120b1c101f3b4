package ai.alquimista.nigredo.interacoes.entity;

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

/** A message sent to or received from a lead. */
@Entity
@Table(schema = "nigredo_leads", name = "interacoes")
public class Interacao {

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(name = "lead_id")
    private String leadId;

    @Convert(converter = InteracaoTipoConverter.class)
    private InteracaoTipo tipo;

    @Convert(converter = InteracaoCanalConverter.class)
    private InteracaoCanal canal;

    private String mensagem;

    @Convert(converter = SentimentoConverter.class)
    private Sentimento sentimento;

    private Integer intensidade;

    @Column(name = "trace_id")
    private String traceId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Interacao() {}

    public Interacao(
            UUID tenantId, UUID leadId, InteracaoTipo tipo, InteracaoCanal canal, String mensagem, UUID traceId) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.leadId = Uuids.text(leadId);
        this.tipo = tipo;
        this.canal = canal;
        this.mensagem = mensagem;
        this.traceId = Uuids.text(traceId);
        this.createdAt = Instant.now();
    }

    public void classify(Sentimento sentimento, int intensidade) {
        if (intensidade < 0 || intensidade > 100) {
            throw new IllegalArgumentException("intensidade must be between 0 and 100: " + intensidade);
        }
        this.sentimento = Objects.requireNonNull(sentimento, "sentimento");
        this.intensidade = intensidade;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public UUID getLeadId() {
        return Uuids.of(leadId);
    }

    public InteracaoTipo getTipo() {
        return tipo;
    }

    public InteracaoCanal getCanal() {
        return canal;
    }

    public String getMensagem() {
        return mensagem;
    }

    public Sentimento getSentimento() {
        return sentimento;
    }

    public Integer getIntensidade() {
        return intensidade;
    }

    public UUID getTraceId() {
        return Uuids.of(traceId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
