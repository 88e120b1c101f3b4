package ai.alquimista.nigredo.leads.entity;

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

/** A phone number or e-mail that must never be contacted again for this tenant (LGPD opt-out). */
@Entity
@Table(schema = "nigredo_leads", name = "blocklist")
public class BlocklistEntry {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "lead_id")
    private String leadId;

    private String telefone;

    private String email;

    private String motivo;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at")
    private Instant createdAt;

    protected BlocklistEntry() {}

    public BlocklistEntry(UUID tenantId, UUID leadId, String telefone, String email, String motivo) {
        if (telefone == null && email == null) {
            throw new IllegalArgumentException("a blocklist entry needs a telefone or an email");
        }
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.leadId = Uuids.text(leadId);
        this.telefone = telefone;
        this.email = email;
        this.motivo = motivo;
        this.createdAt = Instant.now();
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

    public String getTelefone() {
        return telefone;
    }

    public String getEmail() {
        return email;
    }

    public String getMotivo() {
        return motivo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
