package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.nigredo.titulares.Titular;
import ai.alquimista.nigredo.titulares.control.EliminacaoQuery;
import ai.alquimista.nigredo.titulares.control.ExportacaoQuery;
import ai.alquimista.nigredo.titulares.control.Pessoa;
import ai.alquimista.nigredo.titulares.control.PessoaQuery;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The data subject's access, portability and erasure (LGPD art. 18), for one tenant: a person named by a phone or an
 * e-mail is found across the tenant's leads (never another tenant's), exported whole, or erased as seed 001's
 * handleDireitoEsquecimento with a suppression entry so it is never imported or contacted again. Each act is
 * audited with the identifier masked.
 */
@Stateless
public class Titulares {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    ChaveDosTitulares chave;

    @Inject
    Clock clock;

    /** Everything the tenant holds about the person, as JSON; 404 when it holds nothing. */
    public JsonObject exportar(Caller caller, Titular titular) {
        try (Connection db = dataSource.getConnection()) {
            Pessoa pessoa = conhecida(db, caller.tenantId(), titular, false);
            JsonObjectBuilder exportacao = Json.createObjectBuilder()
                    .add("titular", Json.createObjectBuilder().add(titular.coluna(), titular.valor()))
                    .add("empresa_controladora", caller.tenantId().toString())
                    .add("gerado_em", clock.instant().toString());
            ExportacaoQuery.preencher(db, caller.tenantId(), pessoa, exportacao);
            audit.record(
                    caller,
                    "titular.exportacao",
                    "titular",
                    titular.mascarado(),
                    Json.createObjectBuilder().add("leads", ids(pessoa)).build());
            return exportacao.build();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export the titular's data: " + e.getMessage(), e);
        }
    }

    /** Anonymises the person everywhere at this tenant and suppresses them; 404 (nothing changed) when unknown. */
    public Eliminacao eliminar(Caller caller, Titular titular) {
        try (Connection db = dataSource.getConnection()) {
            Pessoa pessoa = conhecida(db, caller.tenantId(), titular, true);
            UUID id = UUID.randomUUID();
            Instant agora = clock.instant();
            EliminacaoQuery.Contagens contagens =
                    EliminacaoQuery.eliminar(db, caller.tenantId(), pessoa, id, chave.pseudonimos(), agora);
            JsonObjectBuilder porLugar = Json.createObjectBuilder();
            contagens.porLugar().forEach(porLugar::add);
            audit.record(
                    caller,
                    "titular.eliminacao",
                    "titular",
                    id.toString(),
                    Json.createObjectBuilder()
                            .add("identificador", titular.mascarado())
                            .add("leads", ids(pessoa))
                            .add("anonimizados", porLugar)
                            .build());
            return new Eliminacao(id, titular.mascarado(), pessoa.leadIds(), contagens.porLugar());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot erase the titular's data: " + e.getMessage(), e);
        }
    }

    public ResumoDosTitulares resumo(Caller caller) {
        try (Connection db = dataSource.getConnection()) {
            return new ResumoDosTitulares(Supressoes.pessoas(db, caller.tenantId()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the suppressed people: " + e.getMessage(), e);
        }
    }

    private static Pessoa conhecida(Connection db, UUID tenantId, Titular titular, boolean bloquear)
            throws SQLException {
        Pessoa pessoa = PessoaQuery.encontrar(db, tenantId, titular, bloquear);
        if (pessoa.leads().isEmpty() && !PessoaQuery.conhecidaForaDosLeads(db, tenantId, pessoa)) {
            throw new NotFound("this tenant holds no data about " + titular.mascarado());
        }
        return pessoa;
    }

    private static JsonArrayBuilder ids(Pessoa pessoa) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        pessoa.leadIds().forEach(id -> ids.add(id.toString()));
        return ids;
    }
}
