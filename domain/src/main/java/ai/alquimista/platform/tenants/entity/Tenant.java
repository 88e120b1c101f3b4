package ai.alquimista.platform.tenants.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "alquimista_platform", name = "tenants")
public class Tenant {

    public static final String DEFAULT_TIME_ZONE = "America/Sao_Paulo";
    public static final String DEFAULT_PLAN = "starter";

    @Id
    private UUID id;

    @Column(name = "company_name")
    private String companyName;

    private String cnpj;

    @Column(name = "time_zone")
    private String timeZone;

    private String plan;

    @Convert(converter = TenantStatusConverter.class)
    private TenantStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Tenant() {}

    public Tenant(String companyName, String cnpj) {
        this.id = UUID.randomUUID();
        this.companyName = Objects.requireNonNull(companyName, "companyName");
        this.cnpj = cnpj;
        this.timeZone = DEFAULT_TIME_ZONE;
        this.plan = DEFAULT_PLAN;
        this.status = TenantStatus.ativo;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void changeStatus(TenantStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        touch();
    }

    public boolean isActive() {
        return status == TenantStatus.ativo;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = Objects.requireNonNull(companyName, "companyName");
    }

    public String getCnpj() {
        return cnpj;
    }

    public void setCnpj(String cnpj) {
        this.cnpj = cnpj;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = ZoneId.of(timeZone).getId();
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
