package ai.alquimista.nigredo.estrategia.entity;

import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.aprovada;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.ativa;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.pausada;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.rascunho;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A campaign: its messages, its plan and where it stands. It owns its transitions ({@link CampanhaStatus}): a
 * move its status does not allow throws {@link TransicaoInvalida}, and nothing changes.
 */
@Entity
@Table(schema = "nigredo_leads", name = "campanhas")
public class Campanha {

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    private String nome;

    private String segmento;

    @Convert(converter = CampanhaCanalConverter.class)
    private CampanhaCanal canal;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject mensagens;

    @Convert(converter = CampanhaStatusConverter.class)
    private CampanhaStatus status;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject metricas;

    /** An approved or active campaign that takes its segment's later leads in on its own. */
    @Column(name = "inscricao_automatica")
    private boolean inscricaoAutomatica;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject plano;

    @Column(name = "approved_by")
    private String approvedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Campanha() {}

    public Campanha(UUID tenantId, String nome, String segmento, CampanhaCanal canal, JsonObject mensagens) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.nome = Objects.requireNonNull(nome, "nome");
        this.segmento = segmento;
        this.canal = canal;
        this.mensagens = mensagens == null ? JsonValue.EMPTY_JSON_OBJECT : mensagens;
        this.status = rascunho;
        this.metricas = JsonValue.EMPTY_JSON_OBJECT;
        this.plano = JsonValue.EMPTY_JSON_OBJECT;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /** rascunho → aprovada: a person approved it; Disparo may schedule its sends. */
    public void aprovar(String por, Instant agora) {
        exigir("approve", rascunho);
        mudarPara(aprovada, agora);
        this.approvedBy = Objects.requireNonNull(por, "por");
        this.approvedAt = updatedAt;
    }

    /** aprovada or ativa → pausada: nothing more is sent until it is resumed. */
    public void pausar(Instant agora) {
        exigir("pause", aprovada, ativa);
        mudarPara(pausada, agora);
    }

    /**
     * pausada → ativa when Disparo already scheduled its sends, otherwise back to aprovada (Disparo schedules it
     * then).
     */
    public void retomar(boolean enviosProgramados, Instant agora) {
        exigir("resume", pausada);
        mudarPara(enviosProgramados ? ativa : aprovada, agora);
    }

    /** A draft's messages, replaced as a whole (checked by the caller: see {@code ValidacaoDeRoteiro}). */
    public void substituirMensagens(JsonObject novas, Instant agora) {
        exigir("edit the messages of", rascunho);
        this.mensagens = Objects.requireNonNull(novas, "mensagens");
        this.updatedAt = micros(agora);
    }

    /**
     * Whether the campaign enrols its segment's later leads on its own (they are then scheduled as its own were);
     * only an approved or active campaign, one a person already reviewed, may be set either way.
     */
    public void definirInscricaoAutomatica(boolean ligada, Instant agora) {
        exigir("set automatic enrolment of", aprovada, ativa);
        this.inscricaoAutomatica = ligada;
        this.updatedAt = micros(agora);
    }

    /** Estratégia's plan for the leads it holds: the channel they are reached on and the pacing plan. */
    public void planejar(CampanhaCanal canal, JsonObject plano, Instant agora) {
        this.canal = Objects.requireNonNull(canal, "canal");
        this.plano = Objects.requireNonNull(plano, "plano");
        this.updatedAt = micros(agora);
    }

    private void exigir(String acao, CampanhaStatus... permitidos) {
        if (!Arrays.asList(permitidos).contains(status)) {
            throw new TransicaoInvalida(acao, status, permitidos);
        }
    }

    private void mudarPara(CampanhaStatus seguinte, Instant agora) {
        if (!status.seguePara(seguinte)) {
            throw new IllegalStateException("a campaign does not go from " + status + " to " + seguinte);
        }
        this.status = seguinte;
        this.updatedAt = micros(agora);
    }

    /** PostgreSQL keeps microseconds: what is answered now is what is read back later. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public String getNome() {
        return nome;
    }

    public String getSegmento() {
        return segmento;
    }

    public CampanhaCanal getCanal() {
        return canal;
    }

    public JsonObject getMensagens() {
        return mensagens;
    }

    public CampanhaStatus getStatus() {
        return status;
    }

    public JsonObject getMetricas() {
        return metricas;
    }

    public boolean isInscricaoAutomatica() {
        return inscricaoAutomatica;
    }

    public JsonObject getPlano() {
        return plano;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
