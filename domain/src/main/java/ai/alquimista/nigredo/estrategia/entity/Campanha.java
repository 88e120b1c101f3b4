package ai.alquimista.nigredo.estrategia.entity;

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
import java.util.Objects;
import java.util.UUID;

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

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Campanha() {}

    public Campanha(UUID tenantId, String nome, String segmento, CampanhaCanal canal, JsonObject mensagens) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.nome = Objects.requireNonNull(nome, "nome");
        this.segmento = segmento;
        this.canal = canal;
        this.mensagens = mensagens == null ? JsonValue.EMPTY_JSON_OBJECT : mensagens;
        this.status = CampanhaStatus.rascunho;
        this.metricas = JsonValue.EMPTY_JSON_OBJECT;
        this.createdAt = Instant.now();
    }

    public void changeStatus(CampanhaStatus status) {
        this.status = Objects.requireNonNull(status, "status");
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

    public void setMensagens(JsonObject mensagens) {
        this.mensagens = mensagens == null ? JsonValue.EMPTY_JSON_OBJECT : mensagens;
    }

    public CampanhaStatus getStatus() {
        return status;
    }

    public JsonObject getMetricas() {
        return metricas;
    }

    public void setMetricas(JsonObject metricas) {
        this.metricas = metricas == null ? JsonValue.EMPTY_JSON_OBJECT : metricas;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
