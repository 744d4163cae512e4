package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.vocabulary.AsOf;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.conductpolicy.vocabulary.Proposal;
import org.junit.jupiter.api.Test;

/**
 * The model never holds a password (SEC-4): no fact, action field, parameter, proposal step or type
 * declared in the rules has a field that could carry one. The model knows only that a password was
 * changed, when, and who may open what.
 */
class ModelHoldsNoPasswordTest {
    /**
     * Names a field holding a password, or something that opens a platform as one would, might have
     * (a Secretary is not a secret).
     */
    private static final Pattern SECRET =
            Pattern.compile("(?i)password|passwd|passphrase|passcode|secret(?!ar)|credential|token|api.?key|pin.?code");

    /**
     * Names that are about passwords without holding one, each with the only type it may have: a number
     * of days is not a password.
     */
    private static final Map<String, Class<?>> ABOUT_PASSWORDS =
            Map.of("PolicyParameters.passwordChangeDays", int.class);

    private static final Path RULES = Path.of("src/main/resources/org/conductpolicy/rules");

    private static final Pattern DECLARED_FIELD = Pattern.compile("^\\s*(\\w+)\\s*:\\s*([\\w.<>]+)", Pattern.MULTILINE);

    @Test // SEC-4
    void noFactHasAFieldThatCouldHoldAPassword() {
        List<Class<?>> facts = Arrays.asList(Fact.class.getPermittedSubclasses());

        assertThat(facts).hasSizeGreaterThanOrEqualTo(20).contains(PasswordChange.class);
        assertThat(facts.stream().flatMap(type -> suspiciousComponents(type).stream()))
                .isEmpty();
    }

    @Test // SEC-4: a password change is only a platform and a day
    void aPasswordChangeSaysOnlyWhichPlatformAndWhen() {
        assertThat(PasswordChange.class.getRecordComponents())
                .extracting(RecordComponent::getName)
                .containsExactly("platform", "on");
    }

    @Test // SEC-4
    void noActionFieldDecisionOrActionComponentCouldHoldAPassword() {
        assertThat(Arrays.stream(ActionField.values())
                        .flatMap(field -> Stream.of(field.name(), field.wireName()))
                        .filter(name -> SECRET.matcher(name).find()))
                .isEmpty();
        assertThat(Stream.of(Action.class, Decision.class, AsOf.class)
                        .flatMap(type -> suspiciousComponents(type).stream()))
                .isEmpty();
    }

    @Test // SEC-4: the only parameter about passwords is a number of days
    void noParameterCouldHoldAPassword() {
        assertThat(suspiciousComponents(PolicyParameters.class)).isEmpty();
        assertThat(PolicyParameters.class.getRecordComponents())
                .filteredOn(component -> SECRET.matcher(component.getName()).find())
                .extracting(RecordComponent::getName)
                .containsExactly("passwordChangeDays");
    }

    @Test // SEC-4
    void noStepOfAProposalCouldCarryAPassword() {
        assertThat(Arrays.stream(Proposal.class.getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()))
                        .map(Method::getName)
                        .filter(name -> SECRET.matcher(name).find()))
                .isEmpty();
    }

    @Test // SEC-4
    void noTypeDeclaredInTheRulesHasAFieldThatCouldHoldAPassword() throws IOException {
        List<String> fields = declaredFields();

        assertThat(fields).as("the rules declare types with fields").contains("PasswordTrigger.platform");
        assertThat(fields)
                .filteredOn(field ->
                        SECRET.matcher(field.substring(field.indexOf('.') + 1)).find())
                .isEmpty();
    }

    @Test // the check bites: a record with a password field is caught
    void theCheckCatchesAFieldNamedLikeAPassword() {
        record LeakyLogin(String platform, String password) {}
        record LeakyStore(String platform, LeakyLogin login, String apiKey) {}

        assertThat(suspiciousComponents(LeakyStore.class))
                .containsExactlyInAnyOrder("LeakyStore.apiKey", "LeakyLogin.password");
    }

    /** Record components whose names look like a password's, in `type` and any record it holds. */
    private static List<String> suspiciousComponents(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = type.getSimpleName() + "." + component.getName();
            boolean allowed = ABOUT_PASSWORDS.get(name) == component.getType();
            if (SECRET.matcher(component.getName()).find() && !allowed) {
                found.add(name);
            }
            if (component.getType().isRecord() && component.getType() != type) {
                found.addAll(suspiciousComponents(component.getType()));
            }
        }
        return found;
    }

    /** Every field of every type the rule files declare, as `Type.field`. */
    private static List<String> declaredFields() throws IOException {
        List<String> fields = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Matcher declare = Pattern.compile("(?s)\\bdeclare\\s+(\\w+)(.*?)\\bend\\b")
                        .matcher(Files.readString(file));
                while (declare.find()) {
                    String body = declare.group(2).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
                    Matcher field = DECLARED_FIELD.matcher(body);
                    while (field.find()) {
                        fields.add(declare.group(1) + "." + field.group(1));
                    }
                }
            }
        }
        return fields;
    }
}
