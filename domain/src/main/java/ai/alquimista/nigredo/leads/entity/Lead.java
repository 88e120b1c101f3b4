package ai.alquimista.nigredo.leads.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "nigredo_leads", name = "leads")
public class Lead {

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    /** The import that brought the lead in; written by Recebimento's insert, never through this entity. */
    @Column(name = "import_id", insertable = false, updatable = false)
    private String importId;

    private String empresa;

    private String cnpj;

    private String contato;

    private String telefone;

    private String email;

    private String setor;

    private String porte;

    @Column(name = "atividade_principal")
    private String atividadePrincipal;

    @Convert(converter = LeadStatusConverter.class)
    private LeadStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject metadata;

    protected Lead() {}

    public Lead(UUID tenantId, String empresa) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.empresa = Objects.requireNonNull(empresa, "empresa");
        this.status = LeadStatus.novo;
        this.metadata = JsonValue.EMPTY_JSON_OBJECT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void changeStatus(LeadStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        touch();
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public java.util.Optional<UUID> getImportId() {
        return java.util.Optional.ofNullable(importId).map(UUID::fromString);
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public String getEmpresa() {
        return empresa;
    }

    public void setEmpresa(String empresa) {
        this.empresa = Objects.requireNonNull(empresa, "empresa");
    }

    public String getCnpj() {
        return cnpj;
    }

    public void setCnpj(String cnpj) {
        this.cnpj = cnpj;
    }

    public String getContato() {
        return contato;
    }

    public void setContato(String contato) {
        this.contato = contato;
    }

    public String getTelefone() {
        return telefone;
    }

    public void setTelefone(String telefone) {
        this.telefone = telefone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSetor() {
        return setor;
    }

    public void setSetor(String setor) {
        this.setor = setor;
    }

    public String getPorte() {
        return porte;
    }

    public void setPorte(String porte) {
        this.porte = porte;
    }

    public String getAtividadePrincipal() {
        return atividadePrincipal;
    }

    public void setAtividadePrincipal(String atividadePrincipal) {
        this.atividadePrincipal = atividadePrincipal;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public JsonObject getMetadata() {
        return metadata;
    }

    public void setMetadata(JsonObject metadata) {
        this.metadata = metadata == null ? JsonValue.EMPTY_JSON_OBJECT : metadata;
    }
}
