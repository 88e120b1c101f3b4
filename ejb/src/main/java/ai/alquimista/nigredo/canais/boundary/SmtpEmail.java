package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.Anexo;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.control.EnderecoDeResposta;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends an e-mail as plain UTF-8 text over SMTP with Jakarta Mail, using a session built from
 * {@code alquimista.smtp.*} rather than a container mail resource. The Message-ID is derived from the
 * idempotency key so a repeat is recognisable downstream, attachments (an invite, a report) follow the text, and a message with a {@code descadastro} link carries
 * one-click unsubscribe headers (RFC 2369 / RFC 8058). With {@code alquimista.email.reply-domain} set, the Reply-To
 * names the send ({@link EnderecoDeResposta}), so SES routes a reply to its tenant and lead. SMTP 5xx and bad addresses
 * fail the message; 4xx and an unreachable server are tried again later; a conversation that broke without a reply (a
 * read timeout, a reset) is {@link ResultadoDoEnvio.Incerto}: sent again, the message keeps its Message-ID, so a
 * mailbox that got the first copy collapses the second.
 */
@ApplicationScoped
public class SmtpEmail implements Transmissor {

    static final Duration RETRY_WAIT = Duration.ofMinutes(5);
    /**
     * Transient replies about the server, not about one message: service not available (421), TLS not available (454).
     * Other 4xx (a full mailbox, greylisting) are about the message's recipient or sender.
     */
    private static final Set<Integer> SERVIDOR_INDISPONIVEL = Set.of(421, 454);

    /**
     * How Jakarta Mail (Angus) reports a server that refused the session at its greeting (e.g. 421 while it is
     * unavailable, 554 to a client it will not serve): a plain {@link MessagingException} without a reply code. Nothing
     * was offered, so nothing can have been sent.
     */
    private static final Pattern SAUDACAO_RECUSADA =
            Pattern.compile("Got bad greeting from SMTP host\\b.*", Pattern.DOTALL);

    private static final Logger LOG = Logger.getLogger(SmtpEmail.class.getName());
    private static final String TIMEOUT_MILLIS = "10000";
    private static final int MAX_CAUSES = 10;

    @Inject
    @ConfigProperty(name = "alquimista.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "alquimista.smtp.port", defaultValue = "25")
    int port;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.smtp.username")
    Optional<String> username = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.smtp.password")
    Optional<String> password = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "alquimista.smtp.from", defaultValue = "Alquimista <nao-responda@alquimista.local>")
    String from;

    /** Where replies go: {@code respostas+<envio id>@<domain>}, received by SES; no Reply-To when unset. */
    @Inject
    @ConfigProperty(name = "alquimista.email.reply-domain")
    Optional<String> replyDomain = Optional.empty();

    /** The SMTP server this instance sends through: {@code email:<host>:<port>}. */
    @Override
    public Optional<String> conta() {
        return Optional.of("email:" + host + ":" + port);
    }

    @Override
    public ResultadoDoEnvio transmitir(MensagemDeSaida mensagem) {
        InternetAddress recipient;
        try {
            recipient = new InternetAddress(mensagem.destinatario(), true);
            recipient.validate();
        } catch (AddressException e) {
            return new ResultadoDoEnvio.Falhou("smtp invalid recipient address: " + e.getMessage());
        }
        try {
            MimeMessage message = message(mensagem, recipient);
            send(message);
            return new ResultadoDoEnvio.Enviado(message.getMessageID(), Optional.empty());
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "SMTP send failed", e);
            return classify(e);
        }
    }

    private MimeMessage message(MensagemDeSaida mensagem, InternetAddress recipient) throws MessagingException {
        MimeMessage message = new StableIdMessage(session(), messageId(mensagem.idempotencyKey()));
        message.setFrom(sender());
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(mensagem.assunto(), "UTF-8");
        message.setSentDate(new Date());
        conteudo(message, mensagem);
        message.setHeader("X-Alquimista-Envio", mensagem.envioId().toString());
        Optional<EnderecoDeResposta> respostas = EnderecoDeResposta.de(replyDomain);
        if (respostas.isPresent()) {
            message.setReplyTo(
                    new InternetAddress[] {new InternetAddress(respostas.get().para(mensagem.envioId()))});
        }
        if (mensagem.descadastro().isPresent()) {
            addUnsubscribe(message, mensagem.descadastro().get());
        }
        return message;
    }

    /** Plain text alone, or text followed by its attachments (an invite is read by mail clients from its part). */
    private static void conteudo(MimeMessage message, MensagemDeSaida mensagem) throws MessagingException {
        if (mensagem.anexos().isEmpty()) {
            message.setText(mensagem.corpo(), "UTF-8");
            return;
        }
        MimeMultipart partes = new MimeMultipart("mixed");
        MimeBodyPart texto = new MimeBodyPart();
        texto.setText(mensagem.corpo(), "UTF-8");
        partes.addBodyPart(texto);
        for (Anexo anexo : mensagem.anexos()) {
            MimeBodyPart parte = new MimeBodyPart();
            parte.setDataHandler(new DataHandler(new ByteArrayDataSource(anexo.conteudo(), anexo.tipo())));
            parte.setFileName(anexo.nome());
            partes.addBodyPart(parte);
        }
        message.setContent(partes);
    }

    private static void addUnsubscribe(MimeMessage message, URI descadastro) throws MessagingException {
        message.setHeader("List-Unsubscribe", "<" + descadastro + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private InternetAddress sender() {
        try {
            InternetAddress sender = new InternetAddress(from, true);
            if (sender.getPersonal() != null) {
                // Re-set so a display name with accents is encoded rather than sent as raw 8-bit.
                sender.setPersonal(sender.getPersonal(), "UTF-8");
            }
            return sender;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("alquimista.smtp.from is not a valid address: " + from, e);
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.smtp.auth", String.valueOf(authenticates()));
        return Session.getInstance(props);
    }

    private boolean authenticates() {
        return username.filter(u -> !u.isBlank()).isPresent();
    }

    private void send(MimeMessage message) throws MessagingException {
        if (authenticates()) {
            Transport.send(message, username.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    static ResultadoDoEnvio classify(MessagingException failure) {
        OptionalInt code = smtpReturnCode(failure);
        String reason = "smtp " + (code.isPresent() ? code.getAsInt() + ": " : "") + describe(failure);
        if (refusedAtGreeting(failure)) {
            // about the server (or this client), never about one message: the account's circuit counts it
            return ResultadoDoEnvio.TentarDepois.doProvedor(reason, RETRY_WAIT);
        }
        if (code.isPresent()) {
            if (code.getAsInt() >= 500) {
                return new ResultadoDoEnvio.Falhou(reason);
            }
            return SERVIDOR_INDISPONIVEL.contains(code.getAsInt())
                    ? ResultadoDoEnvio.TentarDepois.doProvedor(reason, RETRY_WAIT)
                    : new ResultadoDoEnvio.TentarDepois(reason, RETRY_WAIT);
        }
        if (hasInvalidAddresses(failure) || causedBy(failure, AddressException.class)) {
            return new ResultadoDoEnvio.Falhou(reason);
        }
        if (neverConnected(failure)) {
            return ResultadoDoEnvio.TentarDepois.doProvedor(reason, RETRY_WAIT);
        }
        // The conversation broke without a reply (a read timeout, a reset): the server may have taken the message.
        return ResultadoDoEnvio.Incerto.doProvedor(reason);
    }

    private static boolean refusedAtGreeting(MessagingException failure) {
        return causes(failure)
                .map(Throwable::getMessage)
                .anyMatch(message ->
                        message != null && SAUDACAO_RECUSADA.matcher(message).matches());
    }

    /** Refused before the message was offered: the connection or the sign-in failed, so nothing was sent. */
    private static boolean neverConnected(MessagingException failure) {
        return causes(failure)
                .anyMatch(t -> t instanceof AuthenticationFailedException
                        || t instanceof ConnectException
                        || t instanceof UnknownHostException
                        || t instanceof NoRouteToHostException
                        || t.getClass().getSimpleName().equals("MailConnectException"));
    }

    /**
     * The SMTP reply code, if a provider exception in the chain carries one. Read reflectively because
     * {@code SMTPSendFailedException} and {@code SMTPAddressFailedException} belong to the implementation (Angus
     * or the older com.sun.mail), not to the jakarta.mail API this module compiles against.
     */
    private static OptionalInt smtpReturnCode(MessagingException failure) {
        return causes(failure)
                .map(SmtpEmail::returnCode)
                .filter(OptionalInt::isPresent)
                .findFirst()
                .orElse(OptionalInt.empty());
    }

    private static OptionalInt returnCode(Throwable t) {
        try {
            Method getter = t.getClass().getMethod("getReturnCode");
            Object code = getter.invoke(t);
            return code instanceof Integer c && c > 0 ? OptionalInt.of(c) : OptionalInt.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean hasInvalidAddresses(MessagingException failure) {
        return failure instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return causes(failure).anyMatch(type::isInstance);
    }

    /** The failure and its causes, outermost first (bounded: a cause chain can loop). */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(MAX_CAUSES);
    }

    private static String describe(Throwable failure) {
        Throwable root = causes(failure).reduce((outer, inner) -> inner).orElse(failure);
        String message = root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getMessage().strip();
        return root == failure ? message : failure.getMessage() + " (" + message + ")";
    }

    static String messageId(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash).substring(0, 32) + "@alquimista>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A message whose Message-ID is fixed in advance instead of the random one Jakarta Mail generates. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
