package ai.alquimista.launcher;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** SQS clients for the command line: the local endpoint takes any credentials, AWS its default chain. */
public final class SqsClients {

    private SqsClients() {}

    public static SqsClient forEndpoint(String endpoint, String region, boolean local) {
        SqsClientBuilder builder = SqsClient.builder().region(Region.of(region)).endpointOverride(URI.create(endpoint));
        if (local && System.getenv("AWS_ACCESS_KEY_ID") == null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.create());
        }
        return builder.build();
    }

    public static SqsClient forSettings(LaunchSettings settings) {
        return forEndpoint(
                settings.sqsEndpoint().orElse(settings.localSqsEndpoint()),
                settings.region(),
                settings.sqsEndpoint().isEmpty());
    }
}
