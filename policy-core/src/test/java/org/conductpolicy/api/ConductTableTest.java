package org.conductpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.Test;

/** A rule set's conduct table: the kinds an incident may name, checked before anything is decided. */
class ConductTableTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final ConductKind TROLLING =
            new ConductKind("trolling", ConductClass.BREACH, List.of("CoC-13"), List.of());
    private static final ConductKind DISCRIMINATION =
            new ConductKind("discrimination", ConductClass.BREACH, List.of("CoC-4"), List.of("age", "race"));
    private static final ConductTable TABLE = ConductTable.of(List.of(TROLLING, DISCRIMINATION));

    @Test
    void a_kind_is_found_by_the_name_case_files_give_it_and_the_characteristics_are_those_of_its_kinds() {
        assertThat(TABLE.kind("trolling")).contains(TROLLING);
        assertThat(TABLE.kind("impersonation")).isEmpty();
        assertThat(TABLE.kinds().keySet()).containsExactly("trolling", "discrimination");
        assertThat(TABLE.characteristics()).containsExactly("age", "race");
    }

    @Test
    void a_table_that_lists_a_kind_twice_or_none_cannot_be_made() {
        assertThatThrownBy(() -> ConductTable.of(List.of(TROLLING, TROLLING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the kind of conduct 'trolling' is listed twice");
        assertThatThrownBy(() -> ConductTable.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_breach_names_exactly_the_one_clause_it_breaks() {
        assertThatThrownBy(() -> new ConductKind("x", ConductClass.BREACH, List.of("CoC-4", "CoC-7"), List.of()))
                .hasMessage("x is a breach, which names the one clause it breaks, not 2");
        assertThat(new ConductKind("x", ConductClass.LEGITIMATE_DEBATE, List.of("CoC-2", "CoC-7"), List.of()).clauses())
                .containsExactly("CoC-2", "CoC-7");
    }

    @Test // CoC-4
    void the_check_places_an_incident_at_fault_by_its_position_among_the_facts() {
        List<Fact> facts = List.of(
                new Person("alex", Standing.MEMBER),
                Incident.consulted("i1", "alex", "p", DAY, "trolling"),
                Incident.consulted("i2", "alex", "p", DAY, "discrimination").withCharacteristic("religion"));

        assertThatThrownBy(() -> TABLE.check(facts))
                .isInstanceOfSatisfying(InvalidFactException.class, invalid -> {
                    assertThat(invalid.position()).hasValue(3);
                    assertThat(invalid.field()).isEqualTo("characteristic");
                })
                .hasMessage("fact 3 (incident 'i2'): field 'characteristic' is 'religion', not one of: age, race");
    }

    @Test // CoC-4
    void a_characteristic_on_a_kind_that_takes_none_names_the_kinds_that_do() {
        assertThatThrownBy(() -> TABLE.check(List.of(
                        Incident.consulted("i1", "alex", "p", DAY, "trolling").withCharacteristic("age"))))
                .hasMessage("fact 1 (incident 'i1'): field 'characteristic' is only for conduct 'discrimination'");
    }
}
