package ai.alquimista.platform.agents.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonArrayConverter;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A catalog entry, keyed by its slug (e.g. {@code nigredo-recebimento}). */
@Entity
@Table(schema = "alquimista_platform", name = "agents")
public class Agent {

    public static final String DISPONIVEL = "disponivel";

    @Id
    private String id;

    private String nome;

    private String descricao;

    private String categoria;

    private String queue;

    private String plan;

    @Column(name = "price_brl")
    private BigDecimal priceBrl;

    @Convert(converter = JsonArrayConverter.class)
    private JsonArray requirements;

    private String status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Agent() {}

    public Agent(String id, String nome, String categoria, String queue) {
        this.id = Objects.requireNonNull(id, "id");
        this.nome = Objects.requireNonNull(nome, "nome");
        this.categoria = categoria;
        this.queue = queue;
        this.requirements = JsonValue.EMPTY_JSON_ARRAY;
        this.status = DISPONIVEL;
        this.createdAt = Instant.now();
    }

    public String getId() {
        return id;
    }

    public String getNome() {
        return nome;
    }

    public String getDescricao() {
        return descricao;
    }

    public void setDescricao(String descricao) {
        this.descricao = descricao;
    }

    public String getCategoria() {
        return categoria;
    }

    public String getQueue() {
        return queue;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public BigDecimal getPriceBrl() {
        return priceBrl;
    }

    public void setPriceBrl(BigDecimal priceBrl) {
        this.priceBrl = priceBrl;
    }

    public JsonArray getRequirements() {
        return requirements;
    }

    public void setRequirements(JsonArray requirements) {
        this.requirements = requirements == null ? JsonValue.EMPTY_JSON_ARRAY : requirements;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
