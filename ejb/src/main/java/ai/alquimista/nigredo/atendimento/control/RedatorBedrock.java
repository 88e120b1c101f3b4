package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.nigredo.atendimento.ContextoDaResposta;
import ai.alquimista.nigredo.atendimento.PromptDeAtendimento;
import ai.alquimista.nigredo.atendimento.RedacaoIndisponivel;
import ai.alquimista.nigredo.atendimento.Redator;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/**
 * Drafts the reply with a model on Amazon Bedrock, through the Converse API: the system prompt is {@link
 * PromptDeAtendimento#sistema}, the one user message {@link PromptDeAtendimento#usuario}. Configured by
 * {@code alquimista.llm.bedrock.*} (model id, region, endpoint override, credentials, tokens, temperature, timeout,
 * attempts); credentials not configured come from the AWS default chain (environment, profile, instance role).
 *
 * <p>Anything but a complete answer (throttling, a server error, a timeout, no network, a refused request, an answer
 * cut by the token limit or by a guardrail, no text) is a {@link RedacaoIndisponivel}: the caller puts the reply in the
 * review queue.
 */
@ApplicationScoped
@Typed(RedatorBedrock.class)
public class RedatorBedrock implements Redator {

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.model-id", defaultValue = "amazon.nova-lite-v1:0")
    String modelId;

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.region", defaultValue = "us-east-1")
    String region;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.endpoint")
    Optional<String> endpoint = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.access-key-id")
    Optional<String> accessKeyId = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.secret-access-key")
    Optional<String> secretAccessKey = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.max-tokens", defaultValue = "400")
    int maxTokens;

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.temperature", defaultValue = "0.4")
    float temperature;

    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    /** Attempts per reply, the first included; the SDK backs off between them (throttling, 5xx, timeouts). */
    @Inject
    @ConfigProperty(name = "alquimista.llm.bedrock.max-attempts", defaultValue = "2")
    int maxAttempts;

    private BedrockRuntimeClient client;

    @Override
    public String redigir(ContextoDaResposta contexto) {
        ConverseRequest request = ConverseRequest.builder()
                .modelId(modelId)
                .system(SystemContentBlock.fromText(PromptDeAtendimento.sistema(contexto)))
                .messages(Message.builder()
                        .role(ConversationRole.USER)
                        .content(ContentBlock.fromText(PromptDeAtendimento.usuario(contexto)))
                        .build())
                .inferenceConfig(InferenceConfiguration.builder()
                        .maxTokens(maxTokens)
                        .temperature(temperature)
                        .build())
                .build();
        ConverseResponse response;
        try {
            response = client().converse(request);
        } catch (AwsServiceException e) {
            throw new RedacaoIndisponivel(
                    "Bedrock refused or failed the draft (HTTP " + e.statusCode() + ", "
                            + e.awsErrorDetails().errorCode() + "): "
                            + e.awsErrorDetails().errorMessage(),
                    e);
        } catch (SdkException e) {
            throw new RedacaoIndisponivel("Bedrock unreachable: " + e.getMessage(), e);
        }
        return texto(response);
    }

    private static String texto(ConverseResponse response) {
        StopReason motivo = response.stopReason();
        if (motivo != StopReason.END_TURN && motivo != StopReason.STOP_SEQUENCE) {
            throw new RedacaoIndisponivel("Bedrock stopped the draft early: " + response.stopReasonAsString());
        }
        String texto = response.output() == null || response.output().message() == null
                ? ""
                : response.output().message().content().stream()
                        .map(ContentBlock::text)
                        .filter(parte -> parte != null && !parte.isBlank())
                        .collect(Collectors.joining("\n"))
                        .strip();
        if (texto.isEmpty()) {
            throw new RedacaoIndisponivel("Bedrock answered without text");
        }
        return texto;
    }

    private synchronized BedrockRuntimeClient client() {
        if (client == null) {
            BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                    .region(Region.of(region))
                    .credentialsProvider(credentials())
                    .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(timeoutSeconds))
                            .retryStrategy(RetryMode.STANDARD)
                            .retryStrategy(b -> b.maxAttempts(Math.max(1, maxAttempts))));
            endpoint.filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)));
            client = builder.build();
        }
        return client;
    }

    private AwsCredentialsProvider credentials() {
        if (accessKeyId.isPresent() && secretAccessKey.isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
