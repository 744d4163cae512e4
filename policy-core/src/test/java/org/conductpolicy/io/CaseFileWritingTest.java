package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.ActionTaken;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.Crisis;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.KeptRecord;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** What the writer writes, the reader reads back equal: so a failing history can be kept as a case file. */
class CaseFileWritingTest {
    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** One fact of every type, with every optional field given somewhere and left out somewhere. */
    static List<Fact> everyFactType() {
        return List.of(
                new Person("alex", Standing.MEMBER),
                new Person("17", Standing.PUBLIC),
                new Person("sec", Standing.MEMBER),
                new Platform("clp-website", PlatformKind.WEBSITE, Owner.CLP, Owner.INDIVIDUAL, false),
                new Platform("unofficial-members-group", PlatformKind.FACEBOOK_GROUP, Owner.INDIVIDUAL, null, true),
                new Platform("store", PlatformKind.PASSWORD_STORE, Owner.CLP),
                new Role("sec", RoleName.SECRETARY, null, day("2024-05-01"), null),
                new Role("alex", RoleName.ADMIN, "clp-website", day("2024-05-01"), day("2024-12-31")),
                Incident.consulted("i1", "alex", "clp-website", day("2025-01-10"), "discrimination")
                        .withCharacteristic("age"),
                Incident.notYetConsulted("i2", "17", "clp-website", day("2025-01-11"), "trolling"),
                new Sanction("s1", "alex", "clp-website", SanctionKind.BAN, day("2025-01-12"), 30, "i1"),
                new Sanction("s2", "17", "clp-website", SanctionKind.WARNING, day("2025-01-12"), null, null),
                new Communication("c1", "alex", day("2025-01-12"), "s1", List.of("sec", "alex"), true),
                new Communication("c2", "17", day("2025-01-12"), null, List.of(), false),
                new Appeal("a1", "alex", "s1", day("2025-01-20"), true),
                new Hearing("a1", null, Side.APPELLANT, day("2025-01-25")),
                new AppealDecision("a1", day("2025-02-01"), Outcome.OVERTURNED, false),
                new AppealDecision("a1", day("2025-02-02"), Outcome.UPHELD, true),
                new Complaint("k1", "someone, with \"quotes\": and # hash", day("2025-02-03"), true, true),
                new Hearing(null, "k1", Side.RESPONDENT, day("2025-02-04")),
                new ComplaintDecision("k1", day("2025-02-05"), DecidingBody.EXECUTIVE_COMMITTEE, false),
                new NationalReferral(null, "k1", day("2025-02-06")),
                new KeptRecord("r1", day("2025-02-06"), "k1"),
                new KeptRecord("r2", day("2025-02-06"), null),
                new Agm(day("2025-03-01")),
                new Appointment("sec", RoleName.ADMIN, "clp-website", day("2025-03-02")),
                new Departure("sec", RoleName.CHAIR, null, day("2025-03-03")),
                new PasswordChange("store", day("2025-03-04")),
                new Access("17", "clp-website", day("2025-03-05")),
                new Crisis("x1", day("2025-03-06"), CrisisRecipient.EC_OFFICER),
                new Crisis("x2", day("2025-03-06"), null),
                new Post("p1", "alex", "clp-website", day("2025-03-07"), false),
                new ActionTaken(ActionType.ADVISE, "alex", null, "i1", null, null, null, null, day("2025-03-08")),
                new ActionTaken(
                        ActionType.INFORM_COMPLAINANT, null, null, null, "k1", null, null, null, day("2025-03-08")),
                new ActionTaken(
                        ActionType.REVOKE_ACCESS,
                        "17",
                        "clp-website",
                        null,
                        null,
                        null,
                        null,
                        null,
                        day("2025-03-08")));
    }

    @Test
    void givenEveryFactType_whenWrittenAndReadBack_thenTheCaseFileIsEqual() {
        CaseFile original = new CaseFile(
                "every fact type: \"quoted\", with a colon",
                day("2025-06-02"),
                everyFactType(),
                List.of(
                        Expectation.of(
                                ActionType.BAN,
                                Map.of(
                                        ActionField.PERSON,
                                        "alex",
                                        ActionField.DAYS,
                                        30,
                                        ActionField.UNTIL,
                                        day("2025-07-02"))),
                        new Expectation(
                                null,
                                Map.of(ActionField.COMPLAINT, "k1"),
                                day("2025-06-02"),
                                true,
                                List.of("CMP-5"),
                                "why: this")),
                List.of(Expectation.of(ActionType.BAN_FOR_LIFE, Map.of()), Expectation.of(null, Map.of())),
                "every.yaml");

        String written = CaseFiles.write(original);
        CaseFile readBack = CaseFiles.parse(written, "every.yaml");

        assertThat(readBack).isEqualTo(original);
        assertThat(CaseFiles.write(readBack)).isEqualTo(written);
    }

    @Test
    void givenACaseWithoutExpectations_whenWritten_thenItIsTheCompactFormOfTheCasebook() {
        CaseFile caseFile = new CaseFile(
                "a warning",
                day("2025-06-02"),
                List.of(
                        new Person("alex", Standing.MEMBER),
                        new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                        Incident.consulted("i1", "alex", "clp-page", day("2025-01-10"), "trolling")),
                "case.yaml");

        assertThat(CaseFiles.write(caseFile)).isEqualTo("""
                        name: "a warning"
                        asOf: 2025-06-02
                        facts:
                          - {type: person, id: alex, standing: member}
                          - {type: platform, id: clp-page, kind: facebook-page, owner: clp}
                          - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-01-10, conduct: trolling, adminsConsulted: true}
                        """);
    }

    @Test
    void givenNoFacts_whenWrittenAndReadBack_thenTheEmptyListSurvives() {
        CaseFile empty = new CaseFile("nothing known", day("2025-06-02"), List.of(), "empty.yml");

        assertThat(CaseFiles.parse(CaseFiles.write(empty), "empty.yml")).isEqualTo(empty);
    }

    @Test
    void givenTextThatYamlWouldReadAsSomethingElse_whenWritten_thenItIsQuoted() {
        assertThat(YamlText.text("17")).isEqualTo("\"17\"");
        assertThat(YamlText.text("true")).isEqualTo("\"true\"");
        assertThat(YamlText.text("No")).isEqualTo("\"No\"");
        assertThat(YamlText.text("a, b")).isEqualTo("\"a, b\"");
        assertThat(YamlText.text("clp-page")).isEqualTo("clp-page");
    }
}
