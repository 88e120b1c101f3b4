package ai.alquimista.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A received lead (nigredo_leads.leads) of a tenant, by default novo, a company in São Paulo with a mobile phone
 * and an e-mail address of its own (each lead built gets different ones).
 */
public final class LeadBuilder {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final UUID tenantId;
    private String empresa;
    private String contato = "Maria Souza";
    private String telefone;
    private String email;
    private String setor = "Alimentação";
    private String cnpj;
    private String status = "novo";

    private LeadBuilder(UUID tenantId) {
        int n = NUMBERS.incrementAndGet();
        this.tenantId = tenantId;
        this.empresa = "Padaria " + n;
        this.telefone = String.format("+55119%08d", 87_650_000 + n);
        this.email = "contato@padaria" + n + ".com.br";
    }

    public static LeadBuilder aLead(UUID tenantId) {
        return new LeadBuilder(tenantId);
    }

    public LeadBuilder empresa(String empresa) {
        this.empresa = empresa;
        return this;
    }

    public LeadBuilder contato(String contato) {
        this.contato = contato;
        return this;
    }

    /** An E.164 phone (the area code sets the lead's time zone), or null for none. */
    public LeadBuilder telefone(String telefone) {
        this.telefone = telefone;
        return this;
    }

    public LeadBuilder email(String email) {
        this.email = email;
        return this;
    }

    public LeadBuilder setor(String setor) {
        this.setor = setor;
        return this;
    }

    public LeadBuilder cnpj(String cnpj) {
        this.cnpj = cnpj;
        return this;
    }

    /** novo, enriquecido, contatado, respondeu, interessado, agendado, convertido, descartado or descadastrado. */
    public LeadBuilder status(String status) {
        this.status = status;
        return this;
    }

    public UUID insert(Connection db) throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.update(
                db,
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, contato, telefone, email, setor, status, cnpj)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                tenantId,
                empresa,
                contato,
                telefone,
                email,
                setor,
                status,
                cnpj);
        return id;
    }

    public UUID insert(EmbeddedDatabase database) throws SQLException {
        return database.inTransaction(this::insert);
    }
}
