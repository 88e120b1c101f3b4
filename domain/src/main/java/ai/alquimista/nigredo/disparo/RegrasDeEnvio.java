package ai.alquimista.nigredo.disparo;

import ai.alquimista.nigredo.disparo.DecisaoDeEnvio.Adiar;
import ai.alquimista.nigredo.disparo.DecisaoDeEnvio.Enviar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Disparo's rules for whether one message may leave now, and whether WhatsApp needs a template for it. */
public final class RegrasDeEnvio {

    /** WhatsApp's customer service window: free-form messages only within 24 h of the user's last message. */
    private static final Duration JANELA_DE_ATENDIMENTO = Duration.ofHours(24);
    /** A full tier waits for the oldest recipients to leave the rolling 24 h; an hour is a cheap retry step. */
    private static final Duration ESPERA_DO_TIER = Duration.ofHours(1);

    private RegrasDeEnvio() {}

    /**
     * Sends now, or says until when to wait and why. The first rule that fails decides, in this order: the lead's
     * window ({@code feriado} on a national holiday in the lead's zone, else {@code fora_do_horario}; until it
     * opens), the hourly limit (until the next hour in the tenant's zone), the daily limit (until the next day there),
     * the WhatsApp tier for a recipient not yet counted (an hour), the interval between the tenant's messages, and the
     * interval between messages to the same recipient (until each has passed).
     */
    public static DecisaoDeEnvio decidir(
            Instant agora,
            ZoneId fusoDoLead,
            ZoneId fusoDoTenant,
            boolean whatsapp,
            LimitesDeEnvio limites,
            Contagem contagem,
            JanelaDeEnvio janela) {
        Objects.requireNonNull(agora, "agora");
        Objects.requireNonNull(fusoDoLead, "fusoDoLead");
        Objects.requireNonNull(fusoDoTenant, "fusoDoTenant");
        Objects.requireNonNull(limites, "limites");
        Objects.requireNonNull(contagem, "contagem");
        Objects.requireNonNull(janela, "janela");
        if (!janela.aberta(agora, fusoDoLead)) {
            boolean feriado = FeriadosNacionais.feriado(LocalDate.ofInstant(agora, fusoDoLead));
            return new Adiar(
                    janela.proximaAbertura(agora, fusoDoLead), feriado ? Adiar.FERIADO : Adiar.FORA_DO_HORARIO);
        }
        if (contagem.enviadasNaHora() >= limites.porHora()) {
            Instant proximaHora = agora.atZone(fusoDoTenant)
                    .truncatedTo(ChronoUnit.HOURS)
                    .plusHours(1)
                    .toInstant();
            return new Adiar(proximaHora, Adiar.LIMITE_HORA);
        }
        if (contagem.enviadasNoDia() >= limites.porDia()) {
            LocalDate amanha = LocalDate.ofInstant(agora, fusoDoTenant).plusDays(1);
            return new Adiar(amanha.atStartOfDay(fusoDoTenant).toInstant(), Adiar.LIMITE_DIA);
        }
        if (whatsapp
                && !contagem.destinatarioJaContado()
                && contagem.destinatariosWhatsapp24h() >= limites.tierWhatsapp()) {
            return new Adiar(agora.plus(ESPERA_DO_TIER), Adiar.TIER_WHATSAPP);
        }
        Optional<Instant> liberaTenant = ainda(contagem.ultimoEnvioDoTenant(), limites.entreMensagensDoTenant(), agora);
        if (liberaTenant.isPresent()) {
            return new Adiar(liberaTenant.get(), Adiar.INTERVALO_TENANT);
        }
        Optional<Instant> liberaDestinatario =
                ainda(contagem.ultimoEnvioAoDestinatario(), limites.mesmoDestinatario(), agora);
        if (liberaDestinatario.isPresent()) {
            return new Adiar(liberaDestinatario.get(), Adiar.INTERVALO_DESTINATARIO);
        }
        return new Enviar();
    }

    /**
     * A conversation's send (an answer to the lead, an opt-out confirmation): the lead wrote first, so the prospecting
     * limits (hour, day, WhatsApp tier, interval per recipient) do not hold it back. An answer still waits for the
     * lead's business hours when {@code noHorarioComercial}; every message keeps the interval between the tenant's.
     */
    public static DecisaoDeEnvio decidirConversa(
            Instant agora,
            ZoneId fusoDoLead,
            LimitesDeEnvio limites,
            Contagem contagem,
            JanelaDeEnvio janela,
            boolean noHorarioComercial) {
        Objects.requireNonNull(agora, "agora");
        Objects.requireNonNull(fusoDoLead, "fusoDoLead");
        if (noHorarioComercial && !janela.aberta(agora, fusoDoLead)) {
            boolean feriado = FeriadosNacionais.feriado(LocalDate.ofInstant(agora, fusoDoLead));
            return new Adiar(
                    janela.proximaAbertura(agora, fusoDoLead), feriado ? Adiar.FERIADO : Adiar.FORA_DO_HORARIO);
        }
        return ainda(contagem.ultimoEnvioDoTenant(), limites.entreMensagensDoTenant(), agora)
                .<DecisaoDeEnvio>map(libera -> new Adiar(libera, Adiar.INTERVALO_TENANT))
                .orElseGet(Enviar::new);
    }

    /**
     * Whether a WhatsApp message must be an approved template: outside the 24-hour customer service window, that is
     * on a first contact, or when the lead never replied or last replied 24 hours or more ago.
     */
    public static boolean exigeModeloWhatsapp(
            boolean primeiroContato, Optional<Instant> ultimaRespostaDoLead, Instant agora) {
        Objects.requireNonNull(ultimaRespostaDoLead, "ultimaRespostaDoLead");
        Objects.requireNonNull(agora, "agora");
        return primeiroContato
                || ultimaRespostaDoLead
                        .map(resposta -> !agora.isBefore(resposta.plus(JANELA_DE_ATENDIMENTO)))
                        .orElse(true);
    }

    /** When the interval since {@code ultimo} ends, if it has not ended by {@code agora}. */
    private static Optional<Instant> ainda(Optional<Instant> ultimo, Duration intervalo, Instant agora) {
        return ultimo.map(envio -> envio.plus(intervalo)).filter(agora::isBefore);
    }
}
