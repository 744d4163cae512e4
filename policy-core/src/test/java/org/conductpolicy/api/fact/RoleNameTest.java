package org.conductpolicy.api.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which roles make their holder one of the CLP's three officers. */
class RoleNameTest {
    @Test // ROL-1, SEC-1
    void theChairTheSecretaryAndTheSocialMediaOfficerAreTheOfficersAndNoOtherRoleIs() {
        assertThat(Arrays.stream(RoleName.values()).filter(RoleName::isOfficer))
                .containsExactly(RoleName.CHAIR, RoleName.SECRETARY, RoleName.SOCIAL_MEDIA_OFFICER);
    }
}
