package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.nigredo.recebimento.Telefone;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's suppression list (LGPD erasure): a person whose data was erased is never imported or contacted again.
 * It holds only keyed hashes ({@link Pseudonimos}) of the normalised phone and e-mail. Used inside the caller's
 * transaction, as the blocklist is: Recebimento asks before it stores a lead, Disparo before it sends.
 */
public final class Supressoes {

    /** The line of an import's report for a row of a suppressed person (field {@code email/telefone}). */
    public static final String PROBLEMA_NO_IMPORT =
            "suprimido: a pessoa pediu a eliminação dos seus dados (LGPD) e não é importada de novo";

    private Supressoes() {}

    /** Whether the phone (E.164) or the e-mail (normalised) belongs to an erased person; either may be null. */
    public static boolean suprimido(Connection db, Pseudonimos chave, UUID tenantId, String telefone, String email)
            throws SQLException {
        List<String> hashes = hashes(chave, tenantId, telefone, email);
        return !hashes.isEmpty() && !suprimidos(db, tenantId, hashes).isEmpty();
    }

    /**
     * The keyed hashes a person's phone (E.164) and e-mail (normalised) are suppressed by; either may be null. With
     * {@link #suprimidos}, a whole batch of people is checked in one query.
     */
    public static List<String> hashes(Pseudonimos chave, UUID tenantId, String telefone, String email) {
        List<String> hashes = new ArrayList<>(2);
        if (telefone != null) {
            Telefone.parse(telefone).value().ifPresent(t -> hashes.add(chave.telefone(tenantId, t)));
        }
        if (email != null) {
            Email.parse(email).value().ifPresent(e -> hashes.add(chave.email(tenantId, e)));
        }
        return hashes;
    }

    /** Whether the tenant erased anyone at all: when not, a batch needs no hashing and no lookup. */
    public static boolean algumaDoTenant(Connection db, UUID tenantId) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT EXISTS (SELECT 1 FROM nigredo_leads.supressoes WHERE tenant_id = ?)")) {
            select.setObject(1, tenantId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** Which of the {@link #hashes} are on the tenant's suppression list (one query however many are asked). */
    public static Set<String> suprimidos(Connection db, UUID tenantId, Collection<String> hashes) throws SQLException {
        Set<String> suprimidos = new HashSet<>();
        if (hashes.isEmpty()) {
            return suprimidos;
        }
        try (PreparedStatement select = db.prepareStatement(
                "SELECT hash FROM nigredo_leads.supressoes WHERE tenant_id = ? AND hash = ANY (?)")) {
            select.setObject(1, tenantId);
            select.setArray(2, db.createArrayOf("varchar", hashes.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    suprimidos.add(row.getString(1));
                }
            }
        }
        return suprimidos;
    }

    /** How many people the tenant erased (an erasure suppresses one person, by every identifier it found). */
    public static long pessoas(Connection db, UUID tenantId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT count(DISTINCT titular) FROM nigredo_leads.supressoes WHERE tenant_id = ?")) {
            select.setObject(1, tenantId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
