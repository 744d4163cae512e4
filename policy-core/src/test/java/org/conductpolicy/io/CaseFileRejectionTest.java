package org.conductpolicy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.conductpolicy.api.AppealRecipient;
import org.conductpolicy.api.ComplaintRecipient;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.PasswordReason;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;
import org.junit.jupiter.api.Test;

/** Every way a case file can be wrong is rejected whole, with a message that names the place. */
class CaseFileRejectionTest {
    private static final String HEADER = "name: a case\nasOf: 2025-06-02\nfacts:\n";
    private static final String ALEX = "  - {type: person, id: alex, standing: member}\n";
    private static final String PAGE = "  - {type: platform, id: clp-page, kind: facebook-page, owner: clp}\n";

    private static CaseFileException rejected(String text, String file) {
        return catchThrowableOfType(CaseFileException.class, () -> CaseFiles.parse(text, file));
    }

    private static CaseFileException rejected(String text) {
        return rejected(text, "case.yaml");
    }

    @Test
    void givenAnUnknownFieldOnAFact_thenTheMessageNamesFileLineFactAndFieldAndListsTheFields() {
        CaseFileException problem =
                rejected(HEADER + ALEX + "  - {type: platform, id: clp-page, knd: website, owner: clp}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:5: fact 2 (platform 'clp-page'): field 'knd' is not a field of a platform;"
                        + " its fields are: type, id, kind, owner, domainRegistrant, presentsAsClp");
        assertThat(problem.file()).isEqualTo("case.yaml");
        assertThat(problem.line()).hasValue(5);
        assertThat(problem.factId()).hasValue("clp-page");
        assertThat(problem.field()).hasValue("knd");
    }

    @Test
    void givenAnUnknownTopLevelField_thenItIsRejectedWithTheFieldsACaseFileHas() {
        CaseFileException problem = rejected(HEADER + ALEX + "expects:\n  - {action: warn}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:5: field 'expects' is not a field of a case file;"
                        + " its fields are: name, asOf, facts, expect, expectNot");
    }

    @Test
    void givenAnUnknownEnumeratedValue_thenTheMessageListsTheAllowedValues() {
        CaseFileException problem = rejected(HEADER + "  - {type: person, id: alex, standing: memebr}\n");

        assertThat(problem.getMessage())
                .isEqualTo(
                        "case.yaml:4: fact 1 (person 'alex'): field 'standing' is 'memebr', not one of: member, public");
    }

    @Test
    void givenAnUnknownFactType_thenTheMessageListsTheTypes() {
        CaseFileException problem = rejected(HEADER + "  - {type: persn, id: alex}\n");

        assertThat(problem.getMessage())
                .startsWith("case.yaml:4: fact 1: field 'type' is 'persn', not one of: person, platform, role,")
                .endsWith("crisis, post, training, action-taken");
    }

    @Test
    void givenAReferenceToNoFact_thenTheMessageNamesTheFactAndTheDanglingField() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: incident, id: i1, person: bob, platform: clp-page, on: 2025-01-10, conduct: trolling}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: fact 3 (incident 'i1'): field 'person' names no person 'bob'");
    }

    @Test
    void givenAnIdUsedTwice_thenTheSecondFactIsNamed() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE + ALEX);

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: fact 3 (person 'alex'): field 'id' is used by another person too");
    }

    @Test
    void givenAFactDatedAfterAsOf_thenItIsRejected() {
        CaseFileException problem = rejected(
                HEADER + ALEX + PAGE
                        + "  - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-06-03, conduct: trolling}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: fact 3 (incident 'i1'): field 'on' is 2025-06-03, after asOf 2025-06-02");
    }

    @Test
    void givenAMissingRequiredFieldOfAFact_thenTheFactAndFieldAreNamed() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: incident, id: i1, person: alex, platform: clp-page, conduct: trolling}\n");

        assertThat(problem.getMessage()).isEqualTo("case.yaml:6: fact 3 (incident 'i1'): field 'on' is required");
    }

    @Test
    void givenAMissingRequiredFlag_thenItIsRequiredRatherThanDefaulted() {
        CaseFileException problem = rejected(
                HEADER + "  - {type: complaint-decision, complaint: c1, on: 2025-01-01," + " by: admin-team}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:4: fact 1 (complaint-decision): field 'resolved' is required (true or false)");
    }

    @Test
    void givenAMissingAsOf_thenTheTopLevelFieldIsNamed() {
        CaseFileException problem = rejected("name: a case\nfacts: []\n");

        assertThat(problem.getMessage()).isEqualTo("case.yaml:1: field 'asOf' is required");
    }

    @Test
    void givenMissingFacts_thenTheyAreRequired() {
        CaseFileException problem = rejected("name: a case\nasOf: 2025-06-02\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:1: field 'facts' is required (it may be an empty list, [])");
    }

    @Test
    void givenAWrongType_thenTheMessageSaysWhatTheFieldMustBe() {
        assertThat(rejected(HEADER + "  - {type: person, id: 17, standing: member}\n")
                        .getMessage())
                .isEqualTo(
                        "case.yaml:4: fact 1 (person): field 'id' must be text, not the number 17: quote it, as \"17\"");
        assertThat(rejected("name: a case\nasOf: 2025-6-2\nfacts: []\n").getMessage())
                .isEqualTo("case.yaml:2: field 'asOf' must be a day written yyyy-mm-dd, not '2025-6-2'");
        assertThat(rejected("name: a case\nasOf: 2025-02-30\nfacts: []\n").getMessage())
                .isEqualTo("case.yaml:2: field 'asOf' is '2025-02-30', which is not a day of the calendar");
        assertThat(rejected(HEADER + ALEX + PAGE
                                + "  - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-01-10,"
                                + " conduct: trolling, adminsConsulted: 'yes'}\n")
                        .getMessage())
                .isEqualTo(
                        "case.yaml:6: fact 3 (incident 'i1'): field 'adminsConsulted' must be true or false, not 'yes'");
    }

    @Test
    void givenAFactThatIsNotAMapping_thenItsPositionIsNamed() {
        CaseFileException problem = rejected(HEADER + ALEX + "  - person alex\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:5: fact 2: must be a mapping such as {type: person, id: p1, standing: member},"
                        + " not 'person alex'");
    }

    @Test
    void givenMalformedYaml_thenTheMessageNamesTheFileAndLine() {
        CaseFileException problem = rejected(HEADER + ALEX + "  - {type: person, id: bob\n");

        assertThat(problem.getMessage()).startsWith("case.yaml:").contains("is not valid YAML: ");
        assertThat(problem.line()).isPresent();
    }

    @Test
    void givenMalformedJson_thenTheMessageNamesTheFileAndLine() {
        CaseFileException problem =
                rejected("{\"name\": \"a case\",\n \"asOf\": \"2025-06-02\",\n \"facts\": [}\n", "case.json");

        assertThat(problem.getMessage()).startsWith("case.json:3: is not valid JSON: ");
    }

    @Test
    void givenAnAliasOfAnId_thenItIsRefusedAtItsLineRatherThanReadAsTheTextOfItsName() {
        // No anchor in the file: an alias on its own, which Jackson would read as the person 'alex'.
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: incident, id: i1, person: *alex, platform: clp-page, on: 2025-01-10,"
                + " conduct: trolling}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: has an alias (*alex): a case file is plain data, so YAML anchors, aliases,"
                        + " merge keys and tags are refused; write each value out where it is used");
        assertThat(problem.line()).hasValue(6);
    }

    @Test
    void givenAnAnchorOnAnId_thenItIsRefusedAtItsLine() {
        CaseFileException problem = rejected(HEADER + "  - {type: person, id: &who m1, standing: member}\n");

        assertThat(problem.getMessage()).startsWith("case.yaml:4: has an anchor (&who): a case file is plain data");
    }

    @Test
    void givenAnAnchorOnAFact_thenItIsRefusedAtItsLine() {
        CaseFileException problem = rejected(
                HEADER + ALEX + "  - &page {type: platform, id: clp-page," + " kind: facebook-page, owner: clp}\n");

        assertThat(problem.getMessage()).startsWith("case.yaml:5: has an anchor (&page): ");
    }

    @Test
    void givenAMergeKey_thenItIsRefusedAtItsLine() {
        CaseFileException problem = rejected(HEADER + ALEX + "  - type: platform\n    <<: {id: clp-page}\n");

        assertThat(problem.getMessage()).startsWith("case.yaml:6: has a merge key (<<): a case file is plain data");
    }

    @Test
    void givenALocalTag_thenItIsRefusedAtItsLine() {
        CaseFileException problem = rejected(HEADER + "  - {type: person, id: !who m1, standing: member}\n");

        assertThat(problem.getMessage()).startsWith("case.yaml:4: has a tag (!who): a case file is plain data");
    }

    @Test
    void givenAStandardTag_thenItIsRefusedToo() {
        CaseFileException problem = rejected(HEADER + "  - {type: person, id: !!str m1, standing: member}\n");

        assertThat(problem.getMessage())
                .startsWith("case.yaml:4: has a tag (tag:yaml.org,2002:str): a case file is plain data");
    }

    @Test
    void givenTheTextOfAnAliasQuoted_thenItIsPlainTextAndNotRefused() {
        CaseFile read = CaseFiles.parse(
                HEADER + "  - {type: person, id: '*who', standing: member}\n  - {type: person, id: '<<',"
                        + " standing: member}\n",
                "case.yaml");

        assertThat(read.facts()).extracting(fact -> fact.id()).containsExactly("*who", "<<");
    }

    @Test
    void givenAFileOverTheSizeLimit_thenItIsRefusedAsTooLargeNamingTheLimitRatherThanAsInvalidYaml() {
        String tooLarge = paddedTo(ReadLimits.MAX_BYTES + 1);

        CaseFileException problem = rejected(tooLarge);

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml: is too large: it has 1,000,001 bytes, and a case file may have at most"
                        + " 1,000,000");
    }

    @Test
    void givenAFileOverSnakeYamlsOwnLimit_thenItIsStillToldItIsTooLarge() {
        // SnakeYAML refuses a document over 3,145,728 code points as a parse error.
        CaseFileException problem = rejected(paddedTo(3_200_000));

        assertThat(problem.getMessage()).startsWith("case.yaml: is too large: it has 3,200,000 bytes");
    }

    @Test
    void givenAFileOfExactlyTheSizeLimit_thenItIsRead() {
        assertThat(CaseFiles.parse(paddedTo(ReadLimits.MAX_BYTES), "case.yaml").facts())
                .hasSize(1);
    }

    /** A valid case file of exactly {@code length} bytes, padded with comment lines. */
    private static String paddedTo(int length) {
        StringBuilder text = new StringBuilder(HEADER + ALEX);
        String comment = "# " + "x".repeat(97) + "\n";
        while (text.length() + comment.length() <= length) {
            text.append(comment);
        }
        return text.append("#".repeat(length - text.length())).toString();
    }

    @Test
    void givenAnActionTakenForAnActionWithAFactOfItsOwn_thenItIsRefusedAsAmbiguousAtItsLine() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: action-taken, action: warn, person: alex, platform: clp-page, on: 2025-06-01}\n");

        assertThat(problem.getMessage())
                .startsWith("case.yaml:6: fact 3 (action-taken): field 'action' is warn, which a fact of its own"
                        + " shows done, so an action-taken for it would be ambiguous; an action-taken records only:"
                        + " advise, ");
    }

    @Test
    void givenAnActionTakenNamingNoAction_thenTheActionsAreListed() {
        CaseFileException problem =
                rejected(HEADER + ALEX + "  - {type: action-taken, action: revoke, person: alex, on: 2025-06-01}\n");

        assertThat(problem.getMessage())
                .startsWith("case.yaml:5: fact 2 (action-taken): field 'action' is 'revoke', not one of: no-breach,");
    }

    @Test
    void givenAnActionTakenWithAFieldItsActionDoesNotCarry_thenTheFieldIsNamed() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: action-taken, action: advise, person: alex, platform: clp-page, on: 2025-06-01}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: fact 3 (action-taken): field 'platform' is not a field of advise, which is"
                        + " identified by person and incident");
    }

    @Test
    void givenAnActionTakenNamingAPersonNotInTheCase_thenTheReferenceIsRefused() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: action-taken, action: revoke-access, person: bob, platform: clp-page,"
                + " on: 2025-06-01}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: fact 3 (action-taken): field 'person' names no person 'bob'");
    }

    @Test
    void givenAFieldGivenTwice_thenTheDuplicateIsRejected() {
        CaseFileException problem = rejected(HEADER + "  - {type: person, id: alex, id: bob, standing: member}\n");

        assertThat(problem.getMessage())
                .startsWith("case.yaml:4: is not valid YAML: ")
                .contains("'id'");
    }

    @Test
    void givenTwoDocumentsInOneFile_thenTheFileIsRejected() {
        CaseFileException problem = rejected(HEADER + ALEX + "---\n" + HEADER + ALEX);

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: holds more than one YAML document: give one case per file");
    }

    @Test
    void givenAnEmptyFile_thenItIsRejected() {
        assertThat(rejected("").getMessage()).isEqualTo("case.yaml: is empty: a case file needs name, asOf and facts");
    }

    @Test
    void givenAFileThatIsNeitherYamlNorJson_thenItIsRejected() {
        assertThat(rejected(HEADER, "case.txt").getMessage())
                .isEqualTo("case.txt: is not a case file: its name must end in .yaml, .yml or .json");
    }

    @Test
    void givenAnExpectationWithAnUnknownAction_thenTheActionsAreListed() {
        CaseFileException problem = rejected(HEADER + ALEX + "expect:\n  - {action: bann, person: alex}\n");

        assertThat(problem.getMessage())
                .startsWith("case.yaml:6: expect 1: field 'action' is 'bann', not one of: no-breach,");
    }

    @Test
    void givenAnExpectationWithAFieldItsActionDoesNotCarry_thenItIsRejected() {
        CaseFileException problem = rejected(HEADER + ALEX + "expectNot:\n  - {action: warn, days: 30}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: expectNot 1: field 'days' is not a field of a warn action;"
                        + " its fields are: action, person, platform, incident, windowEnds, due, confidential,"
                        + " clauses, because");
    }

    @Test
    void givenAnExpectationWithAMisspeltEnumeratedValue_thenTheAllowedValuesAreListed() {
        CaseFileException problem = rejected(HEADER + ALEX + "expect:\n  - {action: route-appeal, to: secretry}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: expect 1: field 'to' is 'secretry', not one of: secretary, ec-officer");
        assertThat(WireName.allOf(AppealRecipient.class)).isEqualTo("secretary, ec-officer");
    }

    @Test
    void givenAMisspeltRecipientOfAComplaint_thenTheAllowedValuesAreTheComplaintRecipientEnums() {
        CaseFileException problem =
                rejected(HEADER + ALEX + "expect:\n  - {action: route-complaint, to: national-complaint}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: expect 1: field 'to' is 'national-complaint', not one of: "
                        + WireName.allOf(ComplaintRecipient.class));
    }

    @Test // SEC-5, INT-9
    void givenAMisspeltPasswordReason_thenTheAllowedValuesAreThePasswordReasonEnums() {
        CaseFileException problem =
                rejected(HEADER + ALEX + "expectNot:\n  - {action: change-password, reason: unauthorized-access}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: expectNot 1: field 'reason' is 'unauthorized-access', not one of: "
                        + WireName.allOf(PasswordReason.class));
    }

    @Test
    void givenAMisspeltValueInAnExpectationOfAnyAction_thenEveryActionsSpellingsOfThatFieldAreListed() {
        CaseFileException problem = rejected(HEADER + ALEX + "expectNot:\n  - {to: nobody}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: expectNot 1: field 'to' is 'nobody', not one of: secretary, ec-officer,"
                        + " admin-team, executive-committee, national-complaints, social-media-officer");
    }

    @Test
    void givenAFactRejectedByItsOwnConstructor_thenTheReaderPlacesItInTheFile() {
        CaseFileException problem = rejected(HEADER + ALEX + PAGE
                + "  - {type: sanction, id: s1, person: alex, platform: clp-page, kind: ban, on: 2025-01-12}\n");

        assertThat(problem.getMessage()).isEqualTo("case.yaml:6: fact 3 (sanction 's1'): field 'days' is required");
    }

    /** A conduct table of two kinds, as a rule set's conduct.properties would give it. */
    private static final ConductTable TABLE = ConductTable.of(List.of(
            new ConductKind("trolling", ConductClass.BREACH, List.of("CoC-13"), List.of()),
            new ConductKind("discrimination", ConductClass.BREACH, List.of("CoC-4"), List.of("age", "race"))));

    private static CaseFileException rejectedFor(ConductTable table, String text) {
        return catchThrowableOfType(CaseFileException.class, () -> CaseFiles.parse(text, "case.yaml", table));
    }

    @Test
    void givenAKindOfConductTheRulesDoNotList_thenTheMessageNamesFileLineIncidentAndTheKnownKinds() {
        CaseFileException problem = rejectedFor(
                TABLE,
                HEADER + ALEX + PAGE
                        + "  - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-01-10,\n"
                        + "     conduct: impersonation}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:7: fact 3 (incident 'i1'): field 'conduct' is 'impersonation', not a kind of"
                        + " conduct the rules' conduct table lists: trolling, discrimination");
        assertThat(problem.field()).hasValue("conduct");
    }

    @Test // CoC-4
    void givenDiscriminationWithoutACharacteristic_thenTheMessageNamesTheLineAndTheCharacteristics() {
        CaseFileException problem = rejectedFor(
                TABLE,
                HEADER + ALEX + PAGE
                        + "  - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-01-10,"
                        + " conduct: discrimination}\n");

        assertThat(problem.getMessage())
                .isEqualTo("case.yaml:6: fact 3 (incident 'i1'): field 'characteristic' is required for conduct"
                        + " 'discrimination': one of age, race");
    }

    @Test
    void givenNoConductTable_thenAKindIsCheckedOnlyForItsSpelling() {
        String impersonation = HEADER + ALEX + PAGE
                + "  - {type: incident, id: i1, person: alex, platform: clp-page, on: 2025-01-10,"
                + " conduct: impersonation}\n";

        assertThat(CaseFiles.parse(impersonation, "case.yaml").facts()).hasSize(3);
        assertThat(rejected(impersonation.replace("impersonation", "Impersonation"))
                        .getMessage())
                .startsWith("case.yaml:6: fact 3 (incident 'i1'): field 'conduct' is 'Impersonation': spell it as"
                        + " case files do");
    }
}
