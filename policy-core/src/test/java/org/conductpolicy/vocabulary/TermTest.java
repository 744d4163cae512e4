package org.conductpolicy.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.junit.jupiter.api.Test;

/** An officer's and an admin's term say who holds them and stand on the role that gives them. */
class TermTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    @Test // ROL-1, SEC-1
    void anOfficersTermIsHeldOnlyByAnOfficersRole() {
        OfficerTerm chair = new OfficerTerm(new Role("alex", RoleName.CHAIR, null, DAY, null));

        assertThat(chair.person()).isEqualTo("alex");
        assertThat(chair.office()).isEqualTo(RoleName.CHAIR);
        assertThatThrownBy(() -> new OfficerTerm(new Role("alex", RoleName.EC_OFFICER, null, DAY, null)))
                .hasMessage("an officer's term needs an officer's role, not EC_OFFICER");
    }

    @Test // ROL-1, ROL-4, SEC-3
    void anAdminsTermComesFromAnOfficersOrAnAdminsRoleAndSaysWhich() {
        AdminTerm byOffice = new AdminTerm(new Role("alex", RoleName.SECRETARY, null, DAY, null), "page");
        AdminTerm byRole = new AdminTerm(new Role("sam", RoleName.ADMIN, "page", DAY, null), "page");

        assertThat(byOffice.byOffice()).isTrue();
        assertThat(byRole.byOffice()).isFalse();
        assertThat(byRole.person()).isEqualTo("sam");
        assertThatThrownBy(() -> new AdminTerm(new Role("kim", RoleName.MODERATOR, "page", DAY, null), "page"))
                .hasMessage("an admin's term needs an officer's or an admin's role, not MODERATOR");
    }
}
