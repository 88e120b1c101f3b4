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
import ai.alquimista.testing.CampanhaBuilder;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.RecordingTransmissor;
import ai.alquimista.testing.SimulatedClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Disparo's dispatch pass on the real schema, driven as the timer drives it, by a simulated clock: the seed's rules
 * (business hours 08–18 Monday to Friday in the lead's zone, no national holidays, 100 messages an hour and 500 a day
 * per tenant, 2 s between a tenant's messages), the blocklist, and what a reply or the provider changes.
 */
class DespachoTest {

    /** A Tuesday, in business hours. */
    private static final String TERCA_DEZ_HORAS = "2026-12-01T10:00";

    private static final String URL_PUBLICA = "https://app.alquimista.test/";

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final SimulatedClock clock = SimulatedClock.em(TERCA_DEZ_HORAS);
    private final RecordingTransmissor provedor = new RecordingTransmissor();
    private final List<EnvioRealizado> publicados = new ArrayList<>();
    private final Despacho despacho = new Despacho(
            clock, (canal, settings, db) -> provedor, new SplittableRandom(20261201), publicados::add, URL_PUBLICA);

    private UUID tenant;

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
    void aPassSendsOneMessageAndTheTenantsNextWaitsAtLeastTwoSeconds() throws SQLException {
        tenant = aTenant().insert(database);
        UUID primeiro = aLead(tenant).insert(database);
        UUID segundo = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(primeiro).lead(segundo));

        assertThat(passo()).isTrue();
        assertThat(provedor.mensagens()).hasSize(1);
        Instant proximo = proximoPasso().orElseThrow();
        assertThat(proximo)
                .isBetween(clock.instant().plusSeconds(2), clock.instant().plusSeconds(22));

        clock.advance(Duration.ofSeconds(1));
        assertThat(passo()).as("one second later the tenant is not due").isFalse();
        assertThat(provedor.mensagens()).hasSize(1);

        rodarAte(brasilia("2026-12-01T10:01"));

        assertThat(provedor.mensagens()).hasSize(2);
        List<Instant> enviados = database.list(
                "SELECT sent_at FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'enviado' ORDER BY sent_at",
                Instant.class,
                tenant);
        assertThat(Duration.between(enviados.get(0), enviados.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aWakeUpRightAfterASendStillKeepsTwoSecondsBetweenTheTenantsMessages() throws SQLException {
        tenant = aTenant().insert(database);
        UUID primeiro = aLead(tenant).insert(database);
        UUID segundo = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(primeiro).lead(segundo));
        passo();
        Instant primeiroEnvio = clock.instant();

        // another campaign of the tenant is resumed a second later: its pace is woken at once
        clock.advance(Duration.ofSeconds(1));
        database.commit(db -> Ritmo.acordar(db, tenant, clock.instant()));
        boolean enviou = passo();

        assertThat(enviou).isFalse();
        assertThat(provedor.mensagens()).hasSize(1);
        assertThat(proximoPasso()).contains(primeiroEnvio.plusSeconds(2));
        assertThat(limitesAtingidos("intervalo_tenant")).isEqualTo(1);

        clock.set(primeiroEnvio.plusSeconds(2));
        assertThat(passo()).isTrue();
        assertThat(provedor.mensagens()).hasSize(2);
    }

    @Test
    void atNightNothingGoesOutAndTheSendWaitsForTheNextBusinessMorning() throws SQLException {
        clock.set("2026-12-01T22:00");
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        boolean enviou = passo();

        assertThat(enviou).isFalse();
        assertThat(provedor.mensagens()).isEmpty();
        Map<String, Object> envio = envio(lead, Etapa.topo);
        assertThat(envio).containsEntry("status", "agendado").containsEntry("motivo", "fora_do_horario");
        Instant manha = (Instant) envio.get("due_at");
        assertThat(manha).isBetween(brasilia("2026-12-02T08:00"), brasilia("2026-12-02T08:05"));
        assertThat(proximoPasso()).as("the tenant sleeps until then").contains(manha);

        rodarAte(brasilia("2026-12-02T07:59"));
        assertThat(provedor.mensagens()).isEmpty();

        rodarAte(brasilia("2026-12-02T08:10"));
        assertThat(provedor.mensagens()).hasSize(1);
        assertThat(envio(lead, Etapa.topo)).containsEntry("status", "enviado").containsEntry("sent_at", manha);
    }

    @Test
    void onANationalHolidayNothingGoesOutAndSendingResumesOnTheNextBusinessDay() throws SQLException {
        clock.set("2026-12-25T10:00"); // Natal, a Friday
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        rodarAte(brasilia("2026-12-28T07:59"));

        assertThat(provedor.mensagens()).isEmpty();
        Map<String, Object> envio = envio(lead, Etapa.topo);
        assertThat(envio).containsEntry("status", "agendado").containsEntry("motivo", "feriado");
        assertThat((Instant) envio.get("due_at"))
                .as("Monday morning: not the weekend either")
                .isBetween(brasilia("2026-12-28T08:00"), brasilia("2026-12-28T08:05"));

        rodarAte(brasilia("2026-12-28T08:10"));
        assertThat(provedor.mensagens()).hasSize(1);
    }

    @Test
    void theWindowIsTheLeadsOwnTimeZone() throws SQLException {
        clock.set("2026-12-01T08:30"); // 07:30 in Manaus
        tenant = aTenant().insert(database);
        UUID saoPaulo = aLead(tenant).telefone("+5511912345678").insert(database);
        UUID manaus = aLead(tenant).telefone("+5592991234567").insert(database);
        programar(aCampanha(tenant).lead(saoPaulo).lead(manaus));

        rodarAte(brasilia("2026-12-01T08:59"));

        assertThat(provedor.destinatarios()).containsExactly("+5511912345678");
        assertThat((Instant) envio(manaus, Etapa.topo).get("due_at"))
                .isBetween(brasilia("2026-12-01T09:00"), brasilia("2026-12-01T09:05"));

        rodarAte(brasilia("2026-12-01T09:10"));
        assertThat(provedor.destinatarios()).containsExactly("+5511912345678", "+5592991234567");
    }

    @Test
    void afterAHundredMessagesInAnHourTheRestWaitForTheNextHour() throws SQLException {
        clock.set("2026-12-01T10:45");
        tenant = aTenant().insert(database);
        enviadasAntes(100, brasilia("2026-12-01T10:00"), Duration.ofSeconds(24));
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        boolean enviou = passo();

        assertThat(enviou).isFalse();
        assertThat(provedor.mensagens()).isEmpty();
        assertThat(envio(lead, Etapa.topo))
                .as("the send itself is not moved: the tenant waits")
                .containsEntry("status", "agendado")
                .containsEntry("due_at", brasilia("2026-12-01T10:45"));
        assertThat(proximoPasso()).contains(brasilia("2026-12-01T11:00"));
        assertThat(limitesAtingidos("limite_hora")).isEqualTo(1);

        rodarAte(brasilia("2026-12-01T11:00"));
        assertThat(envio(lead, Etapa.topo))
                .containsEntry("status", "enviado")
                .containsEntry("sent_at", brasilia("2026-12-01T11:00"));
    }

    @Test
    void afterFiveHundredMessagesInADayTheRestWaitForTheNextBusinessMorning() throws SQLException {
        clock.set("2026-12-01T15:30");
        tenant = aTenant().insert(database);
        // 500 today, never 100 in one hour
        enviadasAntes(500, brasilia("2026-12-01T08:00"), Duration.ofSeconds(50));
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        assertThat(passo()).isFalse();
        assertThat(proximoPasso()).as("until the day turns").contains(brasilia("2026-12-02T00:00"));
        assertThat(limitesAtingidos("limite_dia")).isEqualTo(1);

        rodarAte(brasilia("2026-12-02T07:59"));
        assertThat(provedor.mensagens())
                .as("midnight is outside business hours")
                .isEmpty();

        rodarAte(brasilia("2026-12-02T08:10"));
        assertThat(provedor.mensagens()).hasSize(1);
        assertThat((Instant) envio(lead, Etapa.topo).get("sent_at"))
                .isBetween(brasilia("2026-12-02T08:00"), brasilia("2026-12-02T08:05"));
    }

    @Test
    void aTenantsOwnLowerLimitsAreKept() throws SQLException {
        tenant = aTenant().disparo("{\"limite_hora\": 2, \"limite_dia\": 3}").insert(database);
        List<UUID> leads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leads.add(aLead(tenant).insert(database));
        }
        CampanhaBuilder campanha = aCampanha(tenant);
        leads.forEach(campanha::lead);
        programar(campanha);

        rodarAte(brasilia("2026-12-01T10:59"));
        assertThat(provedor.mensagens()).as("two in the 10 o'clock hour").hasSize(2);

        rodarAte(brasilia("2026-12-01T17:59"));
        assertThat(provedor.mensagens()).as("three in the day").hasSize(3);
        assertThat(provedor.mensagens().get(2).envioId())
                .isEqualTo(database.value(
                        "SELECT id FROM nigredo_leads.envios WHERE tenant_id = ? AND sent_at = ?",
                        UUID.class,
                        tenant,
                        brasilia("2026-12-01T11:00")));

        rodarAte(brasilia("2026-12-02T08:10"));
        assertThat(provedor.mensagens()).as("the fourth the next morning").hasSize(4);
    }

    @Test
    void aFullWhatsappTierHoldsBackNewRecipientsButNotTheOnesAlreadyCounted() throws SQLException {
        tenant = aTenant().insert(database);
        UUID conhecido = aLead(tenant).telefone("+5511912340000").insert(database);
        UUID novo = aLead(tenant).insert(database);
        // yesterday afternoon: 250 different recipients (the first tier), Conhecido among them
        UUID antiga = aCampanha(tenant).status("concluida").insert(database);
        database.commit(db -> {
            for (int i = 0; i < 250; i++) {
                anEnvio(tenant, antiga, conhecido)
                        .idempotencyKey("tier-" + i)
                        .destinatario(String.format("+5511912340%03d", i))
                        .enviadoEm(brasilia("2026-11-30T12:00").plus(Duration.ofMinutes(i)))
                        .insert(db);
            }
        });
        programar(aCampanha(tenant).lead(conhecido).lead(novo));

        rodarAte(brasilia("2026-12-01T10:05"));

        assertThat(provedor.destinatarios()).containsExactly("+5511912340000");
        Map<String, Object> envio = envio(novo, Etapa.topo);
        assertThat(envio).containsEntry("status", "agendado").containsEntry("motivo", "tier_whatsapp");
        assertThat((Instant) envio.get("due_at"))
                .as("an hour after it was looked at")
                .isBetween(brasilia("2026-12-01T11:00"), brasilia("2026-12-01T11:01"));
        assertThat(limitesAtingidos("tier_whatsapp")).isEqualTo(1);
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

    /** The campaign approved now: its sends scheduled and the tenant's pace woken, as Disparo does on approval. */
    private UUID programar(CampanhaBuilder campanha) throws SQLException {
        UUID id = campanha.insert(database);
        database.commit(db -> ProgramacaoDeEnvios.programar(db, id, tenant, clock.instant()));
        return id;
    }

    /** One dispatch pass for the tenant, in its own transaction, at the clock's time. */
    private boolean passo() throws SQLException {
        return database.inTransaction(db -> despacho.despachar(db, tenant));
    }

    /**
     * What the dispatch timer does until {@code fim}: a pass each time the tenant's pace comes due, the clock
     * jumping over the idle time in between.
     */
    private void rodarAte(Instant fim) throws SQLException {
        for (int passos = 0; passos < 1_000; passos++) {
            Optional<Instant> proximo = proximoPasso();
            if (proximo.isEmpty() || proximo.get().isAfter(fim)) {
                clock.set(fim);
                return;
            }
            if (proximo.get().isAfter(clock.instant())) {
                clock.set(proximo.get());
            }
            passo();
        }
        throw new IllegalStateException("the tenant's pace did not reach " + fim + " in 1000 passes");
    }

    private Optional<Instant> proximoPasso() throws SQLException {
        return database
                .list(
                        "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?",
                        Instant.class,
                        tenant)
                .stream()
                .findFirst();
    }

    /** The tenant's earlier messages, sent before the test's scene to one old customer. */
    private void enviadasAntes(int quantas, Instant desde, Duration intervalo) throws SQLException {
        UUID cliente = aLead(tenant).empresa("Cliente antigo").insert(database);
        UUID campanha = aCampanha(tenant).status("concluida").lead(cliente).insert(database);
        database.commit(db -> {
            for (int i = 0; i < quantas; i++) {
                anEnvio(tenant, campanha, cliente)
                        .idempotencyKey("historico-" + i)
                        .enviadoEm(desde.plus(intervalo.multipliedBy(i)))
                        .insert(db);
            }
        });
    }

    private Map<String, Object> envio(UUID lead, Etapa etapa) throws SQLException {
        return database.row(
                "SELECT id, status, motivo, due_at, sent_at, provider_message_id, wa_id, modelo, attempts"
                        + " FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = ?",
                lead,
                etapa);
    }

    private MensagemDeSaida unicaMensagem() {
        assertThat(provedor.mensagens()).hasSize(1);
        return provedor.mensagens().get(0);
    }

    private long limitesAtingidos(String motivo) throws SQLException {
        return database.count(
                "SELECT COALESCE(sum(vezes), 0) FROM nigredo_leads.disparo_limites_atingidos"
                        + " WHERE tenant_id = ? AND motivo = ?",
                tenant,
                motivo);
    }
}
