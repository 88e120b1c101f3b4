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
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.nigredo.recebimento.Telefone;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import ai.alquimista.testing.ChaveDeTeste;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Disparo's dispatch pass on the real schema: what goes out and how (template, unsubscribe link), who is never
 * contacted (blocklist, unsubscribed, a lead that replied), and what the provider's answer, a broken template, a
 * suspended tenant or a paused campaign change.
 */
class DespachoTest extends DespachoCenario {

    @Test
    void aFirstTouchInBusinessHoursGoesOutAsTheApprovedWhatsappTemplate() throws SQLException {
        tenant = aTenant().nome("Forno Bom Distribuidora Ltda").insert(database);
        UUID lead = aLead(tenant)
                .empresa("Padaria Pão Quente")
                .contato("MARIA DA SILVA")
                .telefone("+5511912345678")
                .insert(database);
        UUID campanha = programar(aCampanha(tenant).lead(lead));

        boolean enviou = passo();

        assertThat(enviou).isTrue();
        MensagemDeSaida mensagem = unicaMensagem();
        assertThat(mensagem.canal()).isEqualTo(CanalDeEnvio.whatsapp);
        assertThat(mensagem.destinatario()).isEqualTo("+5511912345678");
        assertThat(mensagem.modelo())
                .contains(new ModeloWhatsapp(
                        "alquimista_topo_a",
                        "pt_BR",
                        List.of("Maria", "Padaria Pão Quente", "Forno Bom Distribuidora Ltda")));
        assertThat(mensagem.corpo()).startsWith("Olá, Maria! Tudo bem? Sou da Forno Bom Distribuidora Ltda.");
        assertThat(mensagem.idempotencyKey()).isEqualTo(lead + ":" + campanha + ":topo");

        Map<String, Object> envio = envio(lead, Etapa.topo);
        assertThat(envio)
                .containsEntry("status", "enviado")
                .containsEntry("sent_at", clock.instant())
                .containsEntry("provider_message_id", "provider-1")
                .containsEntry("wa_id", "5511912345678")
                .containsEntry("modelo", "alquimista_topo_a")
                .containsEntry("attempts", 1);
        assertThat(database.value("SELECT status FROM nigredo_leads.leads WHERE id = ?", String.class, lead))
                .isEqualTo("contatado");
        assertThat(database.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'enviado'"
                                + " AND canal = 'whatsapp'",
                        lead))
                .isEqualTo(1);
        assertThat(publicados)
                .containsExactly(new EnvioRealizado(
                        (UUID) envio.get("id"),
                        tenant,
                        campanha,
                        lead,
                        "topo",
                        "A",
                        CanalDeEnvio.whatsapp,
                        "provider-1",
                        clock.instant()));
    }

    @Test
    void anEmailCarriesTheSubjectAndALinkToUnsubscribe() throws SQLException {
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant)
                .empresa("Padaria Pão Quente")
                .email("maria@paoquente.com.br")
                .insert(database);
        programar(aCampanha(tenant).canal("email").lead(lead, CanalDeEnvio.email, Variante.B));

        passo();

        MensagemDeSaida mensagem = unicaMensagem();
        URI descadastro = URI.create("https://app.alquimista.test/descadastro/"
                + envio(lead, Etapa.topo).get("id"));
        assertThat(mensagem.destinatario()).isEqualTo("maria@paoquente.com.br");
        assertThat(mensagem.assunto()).isEqualTo("Uma pergunta rápida, Maria");
        assertThat(mensagem.modelo()).isEmpty();
        assertThat(mensagem.descadastro()).contains(descadastro);
        assertThat(mensagem.corpo()).endsWith("Não quer mais receber nossas mensagens? Descadastre-se: " + descadastro);
    }

    @Test
    void noOneOnTheBlocklistIsContactedByPhoneAddressOrDomain() throws SQLException {
        tenant = aTenant().insert(database);
        UUID bloqueadoPorTelefone = aLead(tenant).telefone("+5511912340999").insert(database);
        UUID bloqueadoPorDominio =
                aLead(tenant).email("compras@padariaruim.com.br").insert(database);
        UUID livre = aLead(tenant).telefone("+5511912340888").insert(database);
        database.execute(
                "INSERT INTO nigredo_leads.blocklist (id, tenant_id, telefone, motivo)"
                        + " VALUES (gen_random_uuid(), ?, '+5511912340999', 'pediu para sair')",
                tenant);
        database.execute(
                "INSERT INTO nigredo_leads.blocklist (id, tenant_id, dominio, motivo)"
                        + " VALUES (gen_random_uuid(), ?, 'PadariaRuim.com.br', 'a empresa pediu para sair')",
                tenant);
        programar(aCampanha(tenant)
                .canal("multi")
                .lead(bloqueadoPorTelefone)
                .lead(bloqueadoPorDominio, CanalDeEnvio.email, Variante.A)
                .lead(livre));

        rodarAte(brasilia("2026-12-01T10:05"));

        assertThat(provedor.destinatarios()).containsExactly("+5511912340888");
        assertThat(envio(bloqueadoPorTelefone, Etapa.topo))
                .containsEntry("status", "bloqueado")
                .containsEntry("motivo", "bloqueado: destinatário na lista de bloqueio");
        assertThat(envio(bloqueadoPorDominio, Etapa.topo)).containsEntry("status", "bloqueado");
        assertThat(envio(livre, Etapa.topo)).containsEntry("status", "enviado");
    }

    @Test
    void aSuppressedPersonIsNeverContactedEvenWhenALeadWithTheirAddressComesBack() throws SQLException {
        tenant = aTenant().insert(database);
        UUID suprimidoPorTelefone = aLead(tenant).telefone("+5511912340777").insert(database);
        UUID suprimidoPorEmail = aLead(tenant).email("ana@apagada.com.br").insert(database);
        UUID livre = aLead(tenant).telefone("+5511912340888").insert(database);
        Pseudonimos chave = ChaveDeTeste.pseudonimos();
        UUID titular = UUID.randomUUID();
        database.execute(
                "INSERT INTO nigredo_leads.supressoes (tenant_id, titular, tipo, hash) VALUES (?, ?, 'telefone', ?),"
                        + " (?, ?, 'email', ?)",
                tenant,
                titular,
                chave.telefone(tenant, new Telefone("+5511912340777")),
                tenant,
                titular,
                chave.email(tenant, new Email("ana@apagada.com.br")));
        programar(aCampanha(tenant)
                .canal("multi")
                .lead(suprimidoPorTelefone)
                .lead(suprimidoPorEmail, CanalDeEnvio.email, Variante.A)
                .lead(livre));

        rodarAte(brasilia("2026-12-01T10:05"));

        assertThat(provedor.destinatarios()).containsExactly("+5511912340888");
        assertThat(envio(suprimidoPorTelefone, Etapa.topo))
                .containsEntry("status", "bloqueado")
                .containsEntry("motivo", "bloqueado: pessoa suprimida (eliminação, LGPD)");
        assertThat(envio(suprimidoPorEmail, Etapa.topo)).containsEntry("status", "bloqueado");
    }

    @Test
    void aLeadThatUnsubscribedIsNotContacted() throws SQLException {
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).status("descadastrado").insert(database);
        programar(aCampanha(tenant).lead(lead));

        passo();

        assertThat(provedor.mensagens()).isEmpty();
        assertThat(envio(lead, Etapa.topo))
                .containsEntry("status", "bloqueado")
                .containsEntry("motivo", "bloqueado: o lead se descadastrou");
    }

    @Test
    void aLeadThatAlreadyRepliedIsNotSentTheNextStage() throws SQLException {
        tenant = aTenant().insert(database);
        UUID respondeu = aLead(tenant).status("respondeu").insert(database);
        UUID calado = aLead(tenant).status("contatado").insert(database);
        UUID campanha =
                aCampanha(tenant).status("ativa").lead(respondeu).lead(calado).insert(database);
        for (UUID lead : List.of(respondeu, calado)) {
            anEnvio(tenant, campanha, lead)
                    .enviadoEm(brasilia("2026-11-26T10:00"))
                    .insert(database);
            anEnvio(tenant, campanha, lead)
                    .etapa(Etapa.meio)
                    .devidoEm(brasilia("2026-11-29T10:00"))
                    .insert(database);
        }
        database.commit(db -> Ritmo.acordar(db, tenant, clock.instant()));

        rodarAte(brasilia("2026-12-01T10:05"));

        assertThat(envio(respondeu, Etapa.meio))
                .containsEntry("status", "cancelado")
                .containsEntry("motivo", "cancelado: o lead já respondeu (respondeu)");
        assertThat(provedor.mensagens())
                .singleElement()
                .satisfies(mensagem -> assertThat(mensagem.envioId())
                        .isEqualTo(envio(calado, Etapa.meio).get("id")));
    }

    @Test
    void aLaterStageWaitsForItsEarlierStageAndIsCancelledWhenThatNeverWent() throws SQLException {
        tenant = aTenant().insert(database);
        UUID aindaAgendado = aLead(tenant).insert(database);
        UUID falhou = aLead(tenant).insert(database);
        UUID campanha = aCampanha(tenant)
                .status("ativa")
                .lead(aindaAgendado)
                .lead(falhou)
                .insert(database);
        anEnvio(tenant, campanha, aindaAgendado)
                .devidoEm(brasilia("2026-12-02T09:00"))
                .insert(database);
        anEnvio(tenant, campanha, falhou)
                .status("falhou")
                .devidoEm(brasilia("2026-11-26T10:00"))
                .insert(database);
        for (UUID lead : List.of(aindaAgendado, falhou)) {
            anEnvio(tenant, campanha, lead)
                    .etapa(Etapa.meio)
                    .devidoEm(brasilia("2026-12-01T09:00"))
                    .insert(database);
        }
        database.commit(db -> Ritmo.acordar(db, tenant, clock.instant()));

        passo();

        assertThat(provedor.mensagens()).isEmpty();
        assertThat(envio(aindaAgendado, Etapa.meio))
                .containsEntry("status", "agendado")
                .containsEntry("motivo", "aguardando a etapa anterior")
                .containsEntry("due_at", clock.instant().plus(Duration.ofHours(1)));
        assertThat(envio(falhou, Etapa.meio))
                .containsEntry("status", "cancelado")
                .containsEntry("motivo", "cancelado: a etapa anterior não foi enviada (falhou)");
    }

    @Test
    void aProviderThatAsksForTimeGetsTheSendAgainAfterTheWait() throws SQLException {
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));
        provedor.responde(new ResultadoDoEnvio.TentarDepois("limite de taxa do provedor", Duration.ofSeconds(30)));

        assertThat(passo()).isFalse();

        assertThat(envio(lead, Etapa.topo))
                .containsEntry("status", "agendado")
                .containsEntry("motivo", "limite de taxa do provedor")
                .containsEntry("attempts", 1)
                .containsEntry("due_at", clock.instant().plusSeconds(30));
        assertThat(proximoPasso()).contains(clock.instant().plusSeconds(30));

        provedor.aceitaTudo();
        rodarAte(clock.instant().plusSeconds(30));
        assertThat(envio(lead, Etapa.topo)).containsEntry("status", "enviado").containsEntry("attempts", 2);
    }

    @Test
    void aRecipientTheProviderSaysStoppedMessagesIsBlockedWithItsLaterStages() throws SQLException {
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).telefone("+5511912345678").insert(database);
        programar(aCampanha(tenant).lead(lead));
        provedor.responde(new ResultadoDoEnvio.Bloquear("131050: o usuário parou as mensagens de marketing"));

        passo();

        assertThat(database.list(
                        "SELECT status FROM nigredo_leads.envios WHERE lead_id = ? ORDER BY etapa", String.class, lead))
                .containsExactly("bloqueado", "bloqueado", "bloqueado");
        assertThat(envio(lead, Etapa.topo))
                .containsEntry("motivo", "131050: o usuário parou as mensagens de marketing");
        assertThat(database.count(
                        "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND telefone = ?",
                        tenant,
                        "+5511912345678"))
                .isEqualTo(1);
    }

    @Test
    void aMessageThatCanNeverGoIsMarkedFailed() throws SQLException {
        tenant = aTenant().insert(database);
        UUID invalido = aLead(tenant).telefone("+5511912340001").insert(database);
        programar(aCampanha(tenant).lead(invalido));
        provedor.responde(new ResultadoDoEnvio.Falhou("número inexistente"));

        passo();

        assertThat(envio(invalido, Etapa.topo))
                .containsEntry("status", "falhou")
                .containsEntry("motivo", "número inexistente");
    }

    @Test
    void aTemplateThatReachesBeyondTheLeadsFieldsFailsThatSendOnly() throws SQLException {
        tenant = aTenant().insert(database);
        UUID varianteA = aLead(tenant).insert(database);
        UUID varianteB = aLead(tenant).insert(database);
        JsonObject roteiro = Roteiro.padrao().toJson();
        JsonObject topo = Json.createObjectBuilder(roteiro.getJsonObject("topo"))
                .add(
                        "A",
                        Json.createObjectBuilder(roteiro.getJsonObject("topo").getJsonObject("A"))
                                .add("corpo", "{{> /etc/passwd}}"))
                .build();
        programar(aCampanha(tenant)
                .mensagens(Json.createObjectBuilder(roteiro)
                        .add("topo", topo)
                        .build()
                        .toString())
                .lead(varianteA, CanalDeEnvio.whatsapp, Variante.A)
                .lead(varianteB, CanalDeEnvio.whatsapp, Variante.B));

        rodarAte(brasilia("2026-12-01T10:05"));

        assertThat(envio(varianteA, Etapa.topo)).containsEntry("status", "falhou");
        assertThat((String) envio(varianteA, Etapa.topo).get("motivo")).startsWith("modelo de mensagem recusado: ");
        assertThat(provedor.mensagens())
                .singleElement()
                .satisfies(mensagem ->
                        assertThat(mensagem.modelo()).map(ModeloWhatsapp::nome).contains("alquimista_topo_b"));
    }

    @Test
    void aSuspendedTenantOrOneWithoutDisparoSendsNothing() throws SQLException {
        UUID suspenso = aTenant().status("suspenso").insert(database);
        UUID semDisparo = aTenant().semDisparo().insert(database);
        for (UUID cliente : List.of(suspenso, semDisparo)) {
            tenant = cliente;
            UUID lead = aLead(tenant).insert(database);
            programar(aCampanha(tenant).lead(lead));

            assertThat(passo()).isFalse();

            assertThat(envio(lead, Etapa.topo)).containsEntry("status", "agendado");
            assertThat(proximoPasso())
                    .as("looked at again in five minutes")
                    .contains(clock.instant().plusSeconds(300));
        }
        assertThat(provedor.mensagens()).isEmpty();
    }

    @Test
    void aPausedCampaignsSendsWaitWhileItIsPaused() throws SQLException {
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        UUID campanha = programar(aCampanha(tenant).lead(lead));
        database.execute("UPDATE nigredo_leads.campanhas SET status = 'pausada' WHERE id = ?", campanha);

        assertThat(passo()).isFalse();

        assertThat(provedor.mensagens()).isEmpty();
        assertThat(envio(lead, Etapa.topo)).containsEntry("status", "agendado");
        assertThat(proximoPasso()).contains(clock.instant().plusSeconds(60));
    }
}
