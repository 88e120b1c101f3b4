package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.EnvioBuilder.anEnvio;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ModeloWhatsapp;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.disparo.Contagem;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.testing.EmbeddedDatabase;
import jakarta.json.JsonValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The state changes of a send and what the database tells Disparo around it. */
class EnviosTest {

    private static final Instant AGORA = brasilia("2026-12-01T10:30");

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private UUID tenant;
    private UUID campanha;

    @BeforeEach
    void umTenantComUmaCampanhaAtiva() throws SQLException {
        tenant = aTenant().insert(database);
        campanha = aCampanha(tenant).status("ativa").insert(database);
    }

    @Test
    void aPostponedSendCountsAnAttemptOnlyWhenAProviderWasAsked() throws SQLException {
        UUID lead = aLead(tenant).insert(database);
        UUID envio = anEnvio(tenant, campanha, lead).devidoEm(AGORA).insert(database);

        database.commit(db -> Envios.adiar(db, envio, AGORA.plusSeconds(3600), "fora_do_horario", false));
        assertThat(envio(envio))
                .containsEntry("status", "agendado")
                .containsEntry("due_at", AGORA.plusSeconds(3600))
                .containsEntry("motivo", "fora_do_horario")
                .containsEntry("attempts", 0);

        database.commit(db -> Envios.adiar(db, envio, AGORA.plusSeconds(30), "limite do provedor", true));
        assertThat(envio(envio))
                .containsEntry("due_at", AGORA.plusSeconds(30))
                .containsEntry("motivo", "limite do provedor")
                .containsEntry("attempts", 1);
    }

    @Test
    void aClosedSendKeepsWhy() throws SQLException {
        UUID lead = aLead(tenant).insert(database);
        UUID envio = anEnvio(tenant, campanha, lead).devidoEm(AGORA).insert(database);

        database.commit(db -> Envios.encerrar(db, envio, "cancelado", "cancelado: o lead já respondeu (respondeu)"));

        assertThat(envio(envio))
                .containsEntry("status", "cancelado")
                .containsEntry("motivo", "cancelado: o lead já respondeu (respondeu)");
    }

    @Test
    void aSentMessageIsRecordedOnTheSendTheLeadAndItsHistory() throws SQLException {
        UUID lead = aLead(tenant).telefone("+5511912345678").insert(database);
        database.execute(
                "UPDATE nigredo_leads.leads SET metadata = '{\"segmento\": \"alimentacao|*|*\"}' WHERE id = ?", lead);
        UUID envio = anEnvio(tenant, campanha, lead).devidoEm(AGORA).insert(database);
        database.commit(db -> Envios.adiar(db, envio, AGORA, "limite do provedor", true));
        EnvioDevido devido = devido(envio);

        enviado(
                devido,
                mensagem(devido, Optional.of(new ModeloWhatsapp("alquimista_topo_a", "pt_BR", List.of("Maria")))),
                new ResultadoDoEnvio.Enviado("wamid.1", Optional.of("5511912345678")));

        assertThat(envio(envio))
                .containsEntry("status", "enviado")
                .containsEntry("sent_at", AGORA)
                .containsEntry("provider_message_id", "wamid.1")
                .containsEntry("wa_id", "5511912345678")
                .containsEntry("modelo", "alquimista_topo_a")
                .containsEntry("attempts", 2)
                .containsEntry("motivo", null);
        assertThat(database.row(
                        "SELECT status, updated_at, metadata->>'wa_id' AS wa_id, metadata->>'segmento' AS segmento"
                                + " FROM nigredo_leads.leads WHERE id = ?",
                        lead))
                .containsEntry("status", "contatado")
                .containsEntry("updated_at", AGORA)
                .containsEntry("wa_id", "5511912345678")
                .containsEntry("segmento", "alimentacao|*|*");
        assertThat(database.row(
                        "SELECT tipo, canal, mensagem, created_at FROM nigredo_leads.interacoes WHERE lead_id = ?",
                        lead))
                .containsEntry("tipo", "enviado")
                .containsEntry("canal", "whatsapp")
                .containsEntry("mensagem", "Olá, Maria!")
                .containsEntry("created_at", AGORA);
    }

    @Test
    void aSendToALeadFurtherDownTheFunnelLeavesItsStatusAlone() throws SQLException {
        UUID lead = aLead(tenant).status("interessado").insert(database);
        UUID envio = anEnvio(tenant, campanha, lead)
                .canal(CanalDeEnvio.email)
                .devidoEm(AGORA)
                .insert(database);
        EnvioDevido devido = devido(envio);

        enviado(devido, mensagem(devido, Optional.empty()), new ResultadoDoEnvio.Enviado("<1@smtp>", Optional.empty()));

        assertThat(database.row(
                        "SELECT status, metadata::text AS metadata FROM nigredo_leads.leads WHERE id = ?", lead))
                .containsEntry("status", "interessado")
                .containsEntry("metadata", "{}");
        assertThat(envio(envio)).containsEntry("wa_id", null).containsEntry("modelo", null);
    }

    @Test
    void aRecipientBlockedByTheProviderIsRememberedAndNothingElseWaitsForIt() throws SQLException {
        UUID lead = aLead(tenant).telefone("+5511912345678").insert(database);
        UUID outraCampanha = aCampanha(tenant).status("ativa").insert(database);
        UUID topo = anEnvio(tenant, campanha, lead).devidoEm(AGORA).insert(database);
        UUID meio = anEnvio(tenant, campanha, lead)
                .etapa(Etapa.meio)
                .devidoEm(AGORA.plusSeconds(86_400 * 3))
                .insert(database);
        UUID deOutraCampanha =
                anEnvio(tenant, outraCampanha, lead).devidoEm(AGORA).insert(database);
        UUID outroTenant = aTenant().insert(database);
        UUID mesmoTelefoneNoutroTenant = anEnvio(
                        outroTenant,
                        aCampanha(outroTenant).status("ativa").insert(database),
                        aLead(outroTenant).telefone("+5511912345678").insert(database))
                .devidoEm(AGORA)
                .insert(database);
        database.commit(db -> {
            Envios.encerrar(db, topo, "bloqueado", "131050: parou as mensagens");
            Envios.bloquearDestinatario(db, tenant, topo, "131050: parou as mensagens");
        });

        assertThat(envio(topo))
                .containsEntry("status", "bloqueado")
                .containsEntry("motivo", "131050: parou as mensagens");
        assertThat(envio(meio))
                .containsEntry("status", "bloqueado")
                .containsEntry("motivo", "bloqueado: 131050: parou as mensagens");
        assertThat(envio(deOutraCampanha)).containsEntry("status", "bloqueado");
        assertThat(envio(mesmoTelefoneNoutroTenant))
                .as("another tenant's blocklist is its own")
                .containsEntry("status", "agendado");
        assertThat(database.row(
                        "SELECT lead_id, telefone, email FROM nigredo_leads.blocklist WHERE tenant_id = ?", tenant))
                .containsEntry("lead_id", lead)
                .containsEntry("telefone", "+5511912345678")
                .containsEntry("email", null);
        assertThat(bloqueado(topo)).isTrue();
    }

    @Test
    void theBlocklistMatchesAPhoneAnAddressOrTheAddresssDomain() throws SQLException {
        UUID porTelefone = aLead(tenant).telefone("+5511912340001").insert(database);
        UUID emailComTelefoneBloqueado = aLead(tenant)
                .telefone("+5511912340001")
                .email("compras@outra.com.br")
                .insert(database);
        UUID porEmail = aLead(tenant).email("maria@paoquente.com.br").insert(database);
        UUID porDominio = aLead(tenant).email("joao@PadariaRuim.com.br").insert(database);
        UUID livre = aLead(tenant).email("ana@livre.com.br").insert(database);
        UUID outroTenant = aTenant().insert(database);
        for (String coluna : List.of("telefone", "email", "dominio")) {
            String valor = Map.of(
                            "telefone", "+5511912340001",
                            "email", "maria@paoquente.com.br",
                            "dominio", "PadariaRuim.com.br")
                    .get(coluna);
            database.execute(
                    "INSERT INTO nigredo_leads.blocklist (id, tenant_id, " + coluna + ", motivo)"
                            + " VALUES (gen_random_uuid(), ?, ?, 'pediu para sair')",
                    tenant,
                    valor);
        }
        database.execute(
                "INSERT INTO nigredo_leads.blocklist (id, tenant_id, email, motivo)"
                        + " VALUES (gen_random_uuid(), ?, 'ana@livre.com.br', 'outro tenant')",
                outroTenant);

        assertThat(bloqueado(
                        anEnvio(tenant, campanha, porTelefone).devidoEm(AGORA).insert(database)))
                .isTrue();
        assertThat(bloqueado(anEnvio(tenant, campanha, emailComTelefoneBloqueado)
                        .canal(CanalDeEnvio.email)
                        .devidoEm(AGORA)
                        .insert(database)))
                .as("an e-mail to a lead whose phone is blocked")
                .isTrue();
        assertThat(bloqueado(anEnvio(tenant, campanha, porEmail)
                        .canal(CanalDeEnvio.email)
                        .devidoEm(AGORA)
                        .insert(database)))
                .isTrue();
        assertThat(bloqueado(anEnvio(tenant, campanha, porDominio)
                        .canal(CanalDeEnvio.email)
                        .devidoEm(AGORA)
                        .insert(database)))
                .as("the domain, whatever its case")
                .isTrue();
        assertThat(bloqueado(anEnvio(tenant, campanha, livre)
                        .canal(CanalDeEnvio.email)
                        .devidoEm(AGORA)
                        .insert(database)))
                .as("only another tenant blocked this address")
                .isFalse();
    }

    @Test
    void theEarlierStagesStatusIsTheSameLeadsInTheSameCampaign() throws SQLException {
        UUID lead = aLead(tenant).insert(database);
        UUID outroLead = aLead(tenant).insert(database);
        anEnvio(tenant, campanha, lead)
                .enviadoEm(AGORA.minusSeconds(86_400 * 3))
                .insert(database);
        anEnvio(tenant, campanha, outroLead).status("falhou").devidoEm(AGORA).insert(database);
        UUID meio = anEnvio(tenant, campanha, lead)
                .etapa(Etapa.meio)
                .devidoEm(AGORA)
                .insert(database);
        UUID fundo = anEnvio(tenant, campanha, lead)
                .etapa(Etapa.fundo)
                .devidoEm(AGORA)
                .insert(database);
        UUID meioSemTopo = anEnvio(tenant, aCampanha(tenant).status("ativa").insert(database), lead)
                .etapa(Etapa.meio)
                .devidoEm(AGORA)
                .insert(database);

        assertThat(etapaAnterior(meio)).contains("enviado");
        assertThat(etapaAnterior(fundo)).contains("agendado");
        assertThat(etapaAnterior(meioSemTopo)).isEmpty();
    }

    @Test
    void theCountsAreTheTenantsSentMessagesInItsHourItsDayAndTheLast24Hours() throws SQLException {
        UUID maria = aLead(tenant).telefone("+5511912340001").insert(database);
        UUID joao = aLead(tenant).telefone("+5511912340002").insert(database);
        UUID ana = aLead(tenant).telefone("+5511912340003").insert(database);
        enviado(maria, "2026-11-30T09:00", CanalDeEnvio.whatsapp); // more than 24 h ago
        enviado(joao, "2026-11-30T11:00", CanalDeEnvio.whatsapp); // yesterday, within 24 h
        enviado(maria, "2026-12-01T09:59", CanalDeEnvio.whatsapp); // today, the hour before
        enviado(ana, "2026-12-01T10:00", CanalDeEnvio.email); // this hour, by e-mail
        enviado(maria, "2026-12-01T10:20", CanalDeEnvio.whatsapp); // this hour
        anEnvio(tenant, campanha, joao)
                .idempotencyKey("falhou")
                .status("falhou")
                .devidoEm(brasilia("2026-12-01T10:25"))
                .insert(database);
        UUID outroTenant = aTenant().insert(database);
        anEnvio(
                        outroTenant,
                        aCampanha(outroTenant).insert(database),
                        aLead(outroTenant).telefone("+5511912340001").insert(database))
                .enviadoEm(brasilia("2026-12-01T10:25"))
                .insert(database);
        UUID paraMaria = anEnvio(tenant, campanha, maria)
                .idempotencyKey("agora")
                .devidoEm(AGORA)
                .insert(database);
        UUID paraNovo = anEnvio(tenant, campanha, aLead(tenant).insert(database))
                .devidoEm(AGORA)
                .insert(database);

        Contagem contagem = contagem(tenant, paraMaria, AGORA);

        assertThat(contagem.enviadasNaHora()).isEqualTo(2);
        assertThat(contagem.enviadasNoDia()).isEqualTo(3);
        assertThat(contagem.destinatariosWhatsapp24h()).as("Maria and João").isEqualTo(2);
        assertThat(contagem.destinatarioJaContado()).isTrue();
        assertThat(contagem.ultimoEnvioDoTenant()).contains(brasilia("2026-12-01T10:20"));
        assertThat(contagem.ultimoEnvioAoDestinatario()).contains(brasilia("2026-12-01T10:20"));
        Contagem paraQuemNuncaRecebeu = contagem(tenant, paraNovo, AGORA);
        assertThat(paraQuemNuncaRecebeu.destinatarioJaContado()).isFalse();
        assertThat(paraQuemNuncaRecebeu.ultimoEnvioAoDestinatario()).isEmpty();
    }

    @Test
    void theHourAndTheDayAreTheTenantsCalendarOnes() throws SQLException {
        UUID manaus = aTenant().fuso("America/Manaus").insert(database);
        UUID campanhaDeManaus = aCampanha(manaus).status("ativa").insert(database);
        UUID lead = aLead(manaus).insert(database);
        anEnvio(manaus, campanhaDeManaus, lead)
                .idempotencyKey("ontem-em-brasilia")
                .enviadoEm(brasilia("2026-12-01T23:50")) // 22:50 in Manaus
                .insert(database);
        UUID proximo = anEnvio(manaus, campanhaDeManaus, lead).devidoEm(AGORA).insert(database);

        Contagem contagem = contagem(manaus, proximo, brasilia("2026-12-02T00:30")); // 23:30 of the 1st in Manaus

        assertThat(contagem.enviadasNoDia()).as("still the 1st in Manaus").isEqualTo(1);
        assertThat(contagem.enviadasNaHora()).isZero();
    }

    @Test
    void theLeadsLastReplyIsItsLatestReceivedMessage() throws SQLException {
        UUID lead = aLead(tenant).insert(database);
        UUID calado = aLead(tenant).insert(database);
        for (String[] interacao : List.of(
                new String[] {"recebido", "2026-11-30T15:00"},
                new String[] {"recebido", "2026-12-01T09:00"},
                new String[] {"enviado", "2026-12-01T10:00"})) {
            database.execute(
                    "INSERT INTO nigredo_leads.interacoes (tenant_id, lead_id, tipo, canal, mensagem, created_at)"
                            + " VALUES (?, ?, ?, 'whatsapp', 'Oi', ?)",
                    tenant,
                    lead,
                    interacao[0],
                    brasilia(interacao[1]));
        }

        Optional<Instant> respondeu = database.inTransaction(db -> Envios.ultimaResposta(db, lead));
        Optional<Instant> nuncaRespondeu = database.inTransaction(db -> Envios.ultimaResposta(db, calado));

        assertThat(respondeu).contains(brasilia("2026-12-01T09:00"));
        assertThat(nuncaRespondeu).isEmpty();
    }

    private void enviado(UUID lead, String quando, CanalDeEnvio canal) throws SQLException {
        anEnvio(tenant, campanha, lead)
                .idempotencyKey(lead + ":" + quando)
                .canal(canal)
                .destinatario(canal == CanalDeEnvio.email ? "ana@livre.com.br" : null)
                .enviadoEm(brasilia(quando))
                .insert(database);
    }

    private Contagem contagem(UUID dono, UUID envio, Instant agora) throws SQLException {
        EnvioDevido devido = devido(envio);
        return database.inTransaction(db -> Envios.contagem(db, Remetente.ler(db, dono), devido, agora));
    }

    private boolean bloqueado(UUID envio) throws SQLException {
        EnvioDevido devido = devido(envio);
        return database.inTransaction(db -> Envios.bloqueado(db, tenant, devido));
    }

    private Optional<String> etapaAnterior(UUID envio) throws SQLException {
        EnvioDevido devido = devido(envio);
        return database.inTransaction(db -> Envios.statusDaEtapaAnterior(db, devido));
    }

    /** The send as the dispatch pass reads it ({@link EnvioDevido#SELECT}'s columns), whatever its state. */
    /** Marked {@code enviando} at {@link #AGORA}, then the provider's answer recorded, as Disparo does. */
    private void enviado(EnvioDevido devido, MensagemDeSaida mensagem, ResultadoDoEnvio.Enviado resposta)
            throws SQLException {
        Tentativa tentativa = new Tentativa(UUID.randomUUID(), tenant, JsonValue.EMPTY_JSON_OBJECT, mensagem, AGORA);
        database.commit(db -> Tentativas.marcar(db, tentativa));
        database.commit(db -> Tentativas.confirmar(
                db, tenant, devido.id(), Optional.of(tentativa.id()), resposta.providerMessageId(), resposta.waId()));
    }

    private EnvioDevido devido(UUID envio) throws SQLException {
        return database.inTransaction(db -> {
            try (PreparedStatement select = db.prepareStatement(EnvioDevido.COLUNAS + " WHERE e.id = ?")) {
                select.setObject(1, envio);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return EnvioDevido.from(row);
                }
            }
        });
    }

    private static MensagemDeSaida mensagem(EnvioDevido envio, Optional<ModeloWhatsapp> modelo) {
        return new MensagemDeSaida(
                envio.id(),
                UUID.randomUUID(),
                envio.canal(),
                envio.destinatario(),
                "Assunto",
                "Olá, Maria!",
                modelo,
                envio.idempotencyKey(),
                Optional.empty());
    }

    private Map<String, Object> envio(UUID envio) throws SQLException {
        return database.row(
                "SELECT status, motivo, due_at, sent_at, provider_message_id, wa_id, modelo, attempts"
                        + " FROM nigredo_leads.envios WHERE id = ?",
                envio);
    }
}
