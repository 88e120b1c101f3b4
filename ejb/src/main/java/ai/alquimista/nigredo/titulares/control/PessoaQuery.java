package ai.alquimista.nigredo.titulares.control;

import ai.alquimista.nigredo.titulares.Titular;
import ai.alquimista.nigredo.titulares.control.Pessoa.LeadDaPessoa;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Finds a person's leads at one tenant, following the identifiers they share; {@code FOR UPDATE} when erasing. */
public final class PessoaQuery {

    /** How many times the identifiers the found leads hold are followed to further leads. */
    private static final int ROUNDS = 5;

    private PessoaQuery() {}

    public static Pessoa encontrar(Connection db, UUID tenantId, Titular titular, boolean bloquear)
            throws SQLException {
        Set<String> telefones = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        titular.telefone().ifPresent(t -> telefones.add(t.e164()));
        titular.email().ifPresent(e -> emails.add(e.value()));
        Map<UUID, LeadDaPessoa> leads = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            int antes = telefones.size() + emails.size();
            try (PreparedStatement select = db.prepareStatement("SELECT id, telefone, email FROM nigredo_leads.leads"
                    + " WHERE tenant_id = ? AND (telefone = ANY (?) OR email = ANY (?)) ORDER BY created_at, id"
                    + (bloquear ? " FOR UPDATE" : ""))) {
                select.setObject(1, tenantId);
                select.setArray(2, db.createArrayOf("varchar", telefones.toArray()));
                select.setArray(3, db.createArrayOf("varchar", emails.toArray()));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        LeadDaPessoa lead =
                                new LeadDaPessoa(row.getObject(1, UUID.class), row.getString(2), row.getString(3));
                        leads.put(lead.id(), lead);
                        if (lead.telefone() != null) {
                            telefones.add(lead.telefone());
                        }
                        if (lead.email() != null) {
                            emails.add(lead.email());
                        }
                    }
                }
            }
            if (telefones.size() + emails.size() == antes) {
                break;
            }
        }
        return new Pessoa(new ArrayList<>(leads.values()), telefones, emails);
    }

    /** Whether anything of the tenant names the person besides leads: an orphan message, a blocklist entry. */
    public static boolean conhecidaForaDosLeads(Connection db, UUID tenantId, Pessoa pessoa) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT EXISTS (SELECT 1 FROM nigredo_leads.mensagens_orfas"
                + " WHERE tenant_id = ? AND remetente = ANY (?)) OR EXISTS (SELECT 1 FROM nigredo_leads.blocklist"
                + " WHERE tenant_id = ? AND (telefone = ANY (?) OR email = ANY (?)))")) {
            select.setObject(1, tenantId);
            select.setArray(2, db.createArrayOf("varchar", pessoa.enderecos().toArray()));
            select.setObject(3, tenantId);
            select.setArray(4, db.createArrayOf("varchar", pessoa.telefones().toArray()));
            select.setArray(5, db.createArrayOf("varchar", pessoa.emails().toArray()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
