package org.conductpolicy.api.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.InvalidFactException;
import org.junit.jupiter.api.Test;

/** Every fact checks its own required fields when it is made, naming the fact and the field. */
class FactFieldsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

    @Test
    void an_incident_without_a_day_names_the_incident_and_the_field() {
        assertThatThrownBy(() -> Incident.consulted("i1", "alex", "clp-page", null, "trolling"))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("incident 'i1': field 'on' is required")
                .satisfies(thrown -> {
                    InvalidFactException invalid = (InvalidFactException) thrown;
                    assertThat(invalid.factType()).isEqualTo("incident");
                    assertThat(invalid.factId()).contains("i1");
                    assertThat(invalid.field()).isEqualTo("on");
                });
    }

    @Test
    void a_fact_without_its_id_names_its_type_and_the_id_field() {
        assertThatThrownBy(() -> new Person(null, Standing.MEMBER))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("person: field 'id' is required");
    }

    @Test
    void a_blank_id_is_as_good_as_none() {
        assertThatThrownBy(() -> new Platform(" ", PlatformKind.WEBSITE, Owner.CLP))
                .hasMessage("platform: field 'id' must not be blank");
    }

    @Test
    void an_incident_spells_its_conduct_as_case_files_do() {
        assertThatThrownBy(() -> Incident.consulted("i1", "alex", "clp-page", DAY, "Personal_Attack"))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("incident 'i1': field 'conduct' is 'Personal_Attack': spell it as case files do, in"
                        + " lower-case words joined by hyphens, such as personal-attack");
        assertThatThrownBy(() -> Incident.consulted("i1", "alex", "clp-page", DAY, " "))
                .hasMessage("incident 'i1': field 'conduct' must not be blank");
    }

    @Test
    void an_incident_spells_its_characteristic_as_case_files_do() {
        Incident discrimination = Incident.consulted("i1", "alex", "clp-page", DAY, "discrimination");

        assertThatThrownBy(() -> discrimination.withCharacteristic("sexual orientation"))
                .hasMessageStartingWith("incident 'i1': field 'characteristic' is 'sexual orientation': spell it");
        assertThat(discrimination.withCharacteristic("sexual-orientation").characteristic())
                .isEqualTo("sexual-orientation");
    }

    @Test // ESC-1, INT-12
    void the_factories_name_whether_the_admins_were_consulted_and_leave_nothing_positional() {
        assertThat(Incident.consulted("i1", "alex", "clp-page", DAY, "trolling"))
                .isEqualTo(new Incident("i1", "alex", "clp-page", DAY, "trolling", null, true));
        assertThat(Incident.notYetConsulted("i1", "alex", "clp-page", DAY, "trolling"))
                .isEqualTo(new Incident("i1", "alex", "clp-page", DAY, "trolling", null, false));
        assertThat(Sanction.warning("s1", "alex", "clp-page", DAY, "i1"))
                .isEqualTo(new Sanction("s1", "alex", "clp-page", SanctionKind.WARNING, DAY, null, "i1"));
    }

    @Test // ESC-2
    void a_ban_needs_a_positive_number_of_days_and_only_a_ban_has_days() {
        assertThatThrownBy(() -> new Sanction("s1", "alex", "p", SanctionKind.BAN, DAY, null, null))
                .hasMessage("sanction 's1': field 'days' is required");
        assertThatThrownBy(() -> new Sanction("s1", "alex", "p", SanctionKind.BAN, DAY, 0, null))
                .hasMessage("sanction 's1': field 'days' must be positive");
        assertThatThrownBy(() -> new Sanction("s1", "alex", "p", SanctionKind.WARNING, DAY, 30, null))
                .hasMessage("sanction 's1': field 'days' is only for kind 'ban'");
    }

    @Test // ESC-2
    void a_ban_lifts_on_the_day_it_was_issued_plus_its_days() {
        Sanction ban = new Sanction("s1", "alex", "p", SanctionKind.BAN, LocalDate.of(2025, 6, 2), 30, null);

        assertThat(ban.until()).isEqualTo(LocalDate.of(2025, 7, 2));
    }

    @Test // ESC-6
    void a_hearing_belongs_to_exactly_one_appeal_or_complaint_and_hears_one_of_its_sides() {
        assertThatThrownBy(() -> new Hearing(null, null, Side.APPELLANT, DAY))
                .hasMessage("hearing: field 'appeal' or 'complaint' is required");
        assertThatThrownBy(() -> new Hearing("a1", "c1", Side.APPELLANT, DAY))
                .hasMessage("hearing: field 'complaint' cannot be given together with 'appeal'");
        assertThatThrownBy(() -> new Hearing("a1", null, Side.COMPLAINANT, DAY))
                .hasMessage("hearing: field 'side' of an appeal must be appellant or admin-team");
        assertThatThrownBy(() -> new Hearing(null, "c1", Side.ADMIN_TEAM, DAY))
                .hasMessage("hearing: field 'side' of a complaint must be complainant or respondent");
    }

    @Test
    void a_role_cannot_end_before_it_begins_and_is_held_on_its_first_and_last_days() {
        assertThatThrownBy(() -> new Role("alex", RoleName.CHAIR, null, DAY, DAY.minusDays(1)))
                .hasMessage("role: field 'to' is before 'from'");

        Role role = new Role("alex", RoleName.CHAIR, null, DAY, DAY.plusDays(10));
        assertThat(role.heldOn(DAY)).isTrue();
        assertThat(role.heldOn(DAY.plusDays(10))).isTrue();
        assertThat(role.heldOn(DAY.minusDays(1))).isFalse();
        assertThat(role.heldOn(DAY.plusDays(11))).isFalse();
    }

    @Test
    void a_communication_keeps_its_own_copy_of_who_signed_it_off() {
        List<String> signers = new java.util.ArrayList<>(List.of("admin-a"));
        Communication letter = new Communication("c1", "alex", DAY, null, signers, false);

        signers.add("admin-b");

        assertThat(letter.signedOffBy()).containsExactly("admin-a");
    }

    @Test
    void enumerated_values_are_spelled_in_kebab_case_in_case_files() {
        assertThat(WireName.of(RoleName.SOCIAL_MEDIA_OFFICER)).isEqualTo("social-media-officer");
        assertThat(WireName.isKebabCase("unwelcome-sexual-attention")).isTrue();
        assertThat(WireName.isKebabCase("unwelcome--attention")).isFalse();
        assertThat(WireName.parse(RoleName.class, "social-media-officer")).contains(RoleName.SOCIAL_MEDIA_OFFICER);
        assertThat(WireName.parse(RoleName.class, "SOCIAL_MEDIA_OFFICER")).isEmpty();
        assertThat(WireName.allOf(Standing.class)).isEqualTo("member, public");
    }

    @Test // SEC-2, SEC-3
    void an_admin_or_moderator_is_of_a_platform_and_an_officer_of_none() {
        assertThatThrownBy(() -> new Role("alex", RoleName.ADMIN, null, DAY, null))
                .hasMessage("role: field 'platform' is required for the role 'admin'");
        assertThatThrownBy(() -> new Appointment("alex", RoleName.MODERATOR, null, DAY))
                .hasMessage("appointment: field 'platform' is required for the role 'moderator'");
        assertThatThrownBy(() -> new Departure("alex", RoleName.CHAIR, "clp-page", DAY))
                .hasMessage("departure: field 'platform' is only for the roles admin and moderator");
    }

    @Test // OWN-2
    void only_a_website_or_an_email_domain_has_a_registrant() {
        assertThatThrownBy(() -> new Platform("p", PlatformKind.FACEBOOK_PAGE, Owner.CLP, Owner.INDIVIDUAL, false))
                .hasMessage("platform 'p': field 'domainRegistrant' is only for a website or an email domain");
    }

    @Test
    void the_factories_for_common_shapes_make_the_facts_the_full_constructors_make() {
        assertThat(Sanction.warning("s1", "alex", "p", DAY, "i1"))
                .isEqualTo(new Sanction("s1", "alex", "p", SanctionKind.WARNING, DAY, null, "i1"));
        assertThat(Sanction.ban("s2", "alex", "p", DAY, 30, "i2"))
                .isEqualTo(new Sanction("s2", "alex", "p", SanctionKind.BAN, DAY, 30, "i2"));
        assertThat(Sanction.lifetimeBan("s3", "alex", "p", DAY, "i3"))
                .isEqualTo(new Sanction("s3", "alex", "p", SanctionKind.LIFETIME_BAN, DAY, null, "i3"));
        assertThat(Hearing.ofAppeal("a1", Side.APPELLANT, DAY)).isEqualTo(new Hearing("a1", null, Side.APPELLANT, DAY));
        assertThat(Hearing.ofComplaint("c1", Side.RESPONDENT, DAY))
                .isEqualTo(new Hearing(null, "c1", Side.RESPONDENT, DAY));
        assertThat(NationalReferral.ofAppeal("a1", DAY)).isEqualTo(new NationalReferral("a1", null, DAY));
        assertThat(NationalReferral.ofComplaint("c1", DAY)).isEqualTo(new NationalReferral(null, "c1", DAY));
        assertThat(Role.of("alex", RoleName.CHAIR, DAY)).isEqualTo(new Role("alex", RoleName.CHAIR, null, DAY, null));
        assertThat(Role.onPlatform("alex", RoleName.ADMIN, "p", DAY))
                .isEqualTo(new Role("alex", RoleName.ADMIN, "p", DAY, null));
        assertThat(Appointment.of("alex", RoleName.SECRETARY, DAY))
                .isEqualTo(new Appointment("alex", RoleName.SECRETARY, null, DAY));
        assertThat(Appointment.onPlatform("alex", RoleName.MODERATOR, "p", DAY))
                .isEqualTo(new Appointment("alex", RoleName.MODERATOR, "p", DAY));
        assertThat(Departure.of("alex", RoleName.SECRETARY, DAY))
                .isEqualTo(new Departure("alex", RoleName.SECRETARY, null, DAY));
        assertThat(Departure.onPlatform("alex", RoleName.MODERATOR, "p", DAY))
                .isEqualTo(new Departure("alex", RoleName.MODERATOR, "p", DAY));
    }

    @Test
    void each_fact_is_of_the_type_that_names_its_record() {
        assertThat(Sanction.warning("s1", "alex", "p", DAY, "i1").type()).isEqualTo(FactType.SANCTION);
        assertThat(new KeptRecord("r1", DAY, null).type().wireName()).isEqualTo("record");
        assertThat(new AppealDecision("a1", DAY, Outcome.UPHELD, true).type().wireName())
                .isEqualTo("appeal-decision");
        for (FactType type : FactType.values()) {
            assertThat(FactType.of(type.factClass())).isEqualTo(type);
        }
    }
}
