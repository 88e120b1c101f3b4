package ai.alquimista.nigredo.relatorios.boundary;

import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.conversas.control.InteracoesRecebidasQuery;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.leads.boundary.ListaDeBloqueio;
import ai.alquimista.nigredo.relatorios.InsightsPorRegras;
import ai.alquimista.nigredo.relatorios.control.RelatorioEmPdf;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.testing.EmbeddedDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The funnel's read model: the agents move leads, the trigger on the leads table counts each stage a lead reaches
 * once, on the tenant's day, in the mover's own transaction; GET /api/funnel reads it, all time or for a period.
 */
class FunilTest {

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final Relatorios relatorios = Beans.wire(
            new Relatorios(), database.dataSource(), Clock.systemUTC(), new RelatorioEmPdf(), new InsightsPorRegras());

    private UUID tenant;
    private Caller viewer;

    private void umaEmpresa() throws Exception {
        tenant = aTenant().fuso("America/Sao_Paulo").insert(database);
        viewer = new Caller(UUID.randomUUID(), tenant, "vera@empresa.com.br", Role.viewer, "203.0.113.7", "junit");
    }

    private Funil deHoje() {
        LocalDate hoje = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        // from yesterday: a test running across midnight still sees its leads
        return relatorios.funil(viewer, Optional.of(hoje.minusDays(1)), Optional.of(hoje));
    }

    @Test
    void aReplyTheAgentsRecordIsInTheFunnelWithinOneSecond() throws Exception {
        umaEmpresa();
        UUID lead = aLead(tenant).status("contatado").insert(database);
        assertThat(deHoje().responderam()).isZero();

        database.commit(db -> InteracoesRecebidasQuery.marcarRespondeu(db, tenant, lead));
        long registrado = System.nanoTime();
        Funil funil = deHoje();
        while (funil.responderam() == 0
                && System.nanoTime() - registrado < Duration.ofSeconds(1).toNanos()) {
            Thread.sleep(20);
            funil = deHoje();
        }
        Duration atraso = Duration.ofNanos(System.nanoTime() - registrado);

        assertThat(funil.responderam()).isEqualTo(1);
        assertThat(atraso).isLessThan(Duration.ofSeconds(1));
        assertThat(funil.taxas().resposta()).isEqualTo(100.0);
    }

    @Test
    void aStageCountsOncePerLeadAndAJumpCountsTheStagesPassed() throws Exception {
        umaEmpresa();
        UUID pulou = aLead(tenant).status("contatado").insert(database);
        UUID saiu = aLead(tenant).status("contatado").insert(database);
        aLead(tenant).insert(database);

        // Atendimento reads the first reply as interest: contatado straight to interessado
        database.execute("UPDATE nigredo_leads.leads SET status = 'interessado' WHERE id = ?", pulou);
        database.commit(db -> InteracoesRecebidasQuery.marcarRespondeu(db, tenant, saiu));
        database.commit(db -> InteracoesRecebidasQuery.marcarRespondeu(db, tenant, saiu));
        database.commit(db -> ListaDeBloqueio.descadastrar(db, tenant, saiu, "email", "a@b.com.br", "pediu"));
        // written again by a component that does not know better: not a new arrival at the stage
        database.execute("UPDATE nigredo_leads.leads SET status = 'respondeu' WHERE id = ?", saiu);

        Funil funil = deHoje();
        assertThat(funil.recebidos()).isEqualTo(3);
        assertThat(funil.contatados()).isEqualTo(2);
        assertThat(funil.responderam()).isEqualTo(2);
        assertThat(funil.interessados()).isEqualTo(1);
        assertThat(funil.descadastrados()).isEqualTo(1);
        assertThat(funil.dias()).hasSize(2);
        assertThat(funil.dias().get(1).recebidos()).isEqualTo(3);
    }

    @Test
    void withoutAPeriodTheFunnelIsAllTimeAndAnotherTenantSeesNone() throws Exception {
        umaEmpresa();
        aLead(tenant).status("contatado").insert(database);
        aLead(tenant).insert(database);
        UUID outra = aTenant().nome("Outra Ltda").insert(database);

        Funil meu = relatorios.funil(viewer, Optional.empty(), Optional.empty());
        Funil deOutra = relatorios.funil(
                new Caller(UUID.randomUUID(), outra, "o@outra.com.br", Role.admin, "203.0.113.8", "junit"),
                Optional.empty(),
                Optional.empty());

        assertThat(meu.recebidos()).isEqualTo(2);
        assertThat(meu.contatados()).isEqualTo(1);
        assertThat(meu.de()).isNull();
        assertThat(meu.dias()).isEmpty();
        assertThat(deOutra.recebidos()).isZero();
    }

    @Test
    void aPeriodBackwardsOrLongerThanAYearIsRefusedNamingTheField() throws Exception {
        umaEmpresa();
        LocalDate dia = LocalDate.parse("2026-03-09");

        assertThatThrownBy(() -> relatorios.funil(viewer, Optional.of(dia), Optional.of(dia.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("de"));
        assertThatThrownBy(() -> relatorios.funil(viewer, Optional.of(dia.minusDays(366)), Optional.of(dia)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("ate"));
        Funil umAno = relatorios.funil(viewer, Optional.of(dia.minusDays(365)), Optional.of(dia));
        Funil ateSo = relatorios.funil(viewer, Optional.empty(), Optional.of(dia));
        assertThat(umAno.dias()).hasSize(366);
        assertThat(ateSo.de()).isEqualTo(LocalDate.parse("2026-02-08"));
        assertThat(ateSo.dias()).hasSize(30);
    }
}
