package ai.alquimista.nigredo.estrategia.control;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.Componentes;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.shared.json.JsonText;
import ai.alquimista.testing.JpaDatabase;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Estratégia after Recebimento completed an import: the import's leads join their segment's one open draft (one per
 * segment, whatever import brought them), each lead on the channel it allows.
 */
class PlanejamentoDeCampanhasTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    /** Monday 22:30 in São Paulo, already Tuesday in UTC: a campaign's name carries São Paulo's day. */
    private static final Instant AGORA = Instant.parse("2026-12-01T01:30:00Z");

    private final PlanejamentoDeCampanhas planejamento = Componentes.planejamento(db);

    @Test
    void anImportBecomesOneDraftPerSegmentAndEachLeadGoesWhereItMayBeReached() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        UUID padaria = cenario.lead(empresa("Padaria Pão Quente")
                .contato("Maria Silva")
                .telefone("+5511987654321")
                .email("maria@paoquente.com.br")
                .optIn("formulário do site")
                .segmento("Alimentação", "ME", "alimentacao|me"));
        UUID mercado = cenario.lead(empresa("Mercado Bom Preço")
                .telefone("+553132221234")
                .email("joao@bompreco.com.br")
                .segmento("Alimentação", "ME", "alimentacao|me"));
        cenario.lead(empresa("Sem Contato Ltda").segmento("Alimentação", "ME", "alimentacao|me"));
        cenario.lead(empresa("Saiu Antes ME")
                .email("saiu@antes.com.br")
                .segmento("Alimentação", "ME", "alimentacao|me")
                .descadastrado());
        UUID oficina = cenario.lead(empresa("Oficina do Zé").email("ze@oficina.com.br"));

        List<UUID> campanhas =
                db.inTransaction(() -> planejamento.planejar(cenario.importId(), cenario.tenant(), AGORA));

        assertThat(campanhas).hasSize(2);
        UUID alimentacao = campanhas.get(0);
        assertThat(db.text("SELECT nome FROM nigredo_leads.campanhas WHERE id = ?", alimentacao))
                .as("the largest segment first, named after its sector, size and the day it opened, São Paulo's")
                .isEqualTo("Alimentação · ME — criada em 30/11/2026");
        assertThat(db.text("SELECT status FROM nigredo_leads.campanhas WHERE id = ?", alimentacao))
                .isEqualTo("rascunho");
        assertThat(db.text("SELECT canal FROM nigredo_leads.campanhas WHERE id = ?", alimentacao))
                .isEqualTo("multi");
        assertThat(canalDe(alimentacao, padaria))
                .as("opt-in and a phone: WhatsApp")
                .isEqualTo("whatsapp");
        assertThat(canalDe(alimentacao, mercado)).as("no opt-in: e-mail").isEqualTo("email");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanha_leads WHERE campanha_id = ?", alimentacao))
                .as("no channel, or unsubscribed: left out")
                .isEqualTo(2);
        assertThat(db.text(
                        "SELECT variante FROM nigredo_leads.campanha_leads WHERE campanha_id = ? AND lead_id = ?",
                        alimentacao,
                        padaria))
                .isEqualTo(Variante.de(padaria).name());
        JsonObject plano =
                JsonText.object(db.text("SELECT plano::text FROM nigredo_leads.campanhas WHERE id = ?", alimentacao));
        assertThat(plano.getInt("leads")).isEqualTo(2);
        assertThat(plano.getInt("leads_sem_canal"))
                .as("of the segment's 4 leads, one has no channel and one unsubscribed")
                .isEqualTo(2);
        assertThat(plano.getJsonObject("canais").getInt("whatsapp")).isEqualTo(1);
        assertThat(plano.getJsonObject("canais").getInt("email")).isEqualTo(1);
        assertThat(plano.getJsonArray("etapas")).hasSize(3);
        assertThat(JsonText.object(
                        db.text("SELECT mensagens::text FROM nigredo_leads.campanhas WHERE id = ?", alimentacao)))
                .as("the default messages, for the team to edit")
                .isEqualTo(Roteiro.padrao().toJson());

        UUID semSegmento = campanhas.get(1);
        assertThat(db.text("SELECT nome FROM nigredo_leads.campanhas WHERE id = ?", semSegmento))
                .isEqualTo("Sem setor · todos os portes — criada em 30/11/2026");
        assertThat(db.text("SELECT canal FROM nigredo_leads.campanhas WHERE id = ?", semSegmento))
                .isEqualTo("email");
        assertThat(canalDe(semSegmento, oficina)).isEqualTo("email");
    }

    @Test
    void planningTheSameImportAgainChangesNothing() {
        Cenario cenario = Cenario.daEmpresa(db, "Repetida Comércio Ltda");
        cenario.lead(
                empresa("Farmácia Saúde").email("rita@farmaciasaude.com.br").segmento("Saúde", "ME", "saude|me"));
        cenario.lead(empresa("Drogaria Vida").email("ana@drogariavida.com.br").segmento("Saúde", "ME", "saude|me"));

        List<UUID> primeira =
                db.inTransaction(() -> planejamento.planejar(cenario.importId(), cenario.tenant(), AGORA));
        List<UUID> segunda = db.inTransaction(
                () -> planejamento.planejar(cenario.importId(), cenario.tenant(), AGORA.plusSeconds(3600)));

        assertThat(segunda).isEqualTo(primeira);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ?", cenario.tenant()))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanha_leads WHERE tenant_id = ?", cenario.tenant()))
                .isEqualTo(2);
    }

    @Test
    void anImportWithNoLeadPlansNothing() {
        Cenario cenario = Cenario.daEmpresa(db, "Planilha Vazia ME");

        List<UUID> campanhas =
                db.inTransaction(() -> planejamento.planejar(cenario.importId(), cenario.tenant(), AGORA));

        assertThat(campanhas).isEmpty();
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ?", cenario.tenant()))
                .isZero();
    }

    private static String canalDe(UUID campanha, UUID lead) {
        return db.text(
                "SELECT canal FROM nigredo_leads.campanha_leads WHERE campanha_id = ? AND lead_id = ?", campanha, lead);
    }
}
