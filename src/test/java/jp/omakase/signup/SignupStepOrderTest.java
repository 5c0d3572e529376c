package jp.omakase.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticatorFactory;

/**
 * The progress bar, {@link SignupNotes#reachable} and {@link SignupNotes#reopen} follow {@link SignupStep}'s order; the
 * registration flow runs the executions of the realm file's {@code omakase signup} flow in priority order. The two must
 * be the same, step for step.
 */
class SignupStepOrderTest {

    private static final String FLOW = "omakase signup";

    @Test
    void signupStepOrderIsTheOrderOfTheRealmFilesSignupFlow() throws IOException {
        Map<String, SignupStep> stepById = StreamSupport.stream(ServiceLoader.load(AuthenticatorFactory.class).spliterator(), false)
                .filter(SignupStepAuthenticatorFactory.class::isInstance).map(SignupStepAuthenticatorFactory.class::cast)
                .collect(Collectors.toMap(AuthenticatorFactory::getId, SignupStepAuthenticatorFactory::step));
        assertEquals(SignupStep.values().length, stepById.size(), "one registered factory per step: " + stepById);

        JsonNode flow = signupFlow(new ObjectMapper().readTree(Path.of("realm-export.json").toFile()));
        List<JsonNode> executions = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(executions::add);
        executions.sort(Comparator.comparingInt(e -> e.path("priority").asInt()));
        List<SignupStep> inFlow = executions.stream().map(e -> e.path("authenticator").asText())
                .map(stepById::get).toList();

        assertEquals(List.of(SignupStep.values()), inFlow);
    }

    private static JsonNode signupFlow(JsonNode realms) {
        for (JsonNode realm : realms.isArray() ? realms : List.of(realms)) {
            for (JsonNode flow : realm.path("authenticationFlows")) {
                if (FLOW.equals(flow.path("alias").asText())) {
                    return flow;
                }
            }
        }
        throw new AssertionError("no flow '" + FLOW + "' in realm-export.json");
    }
}
