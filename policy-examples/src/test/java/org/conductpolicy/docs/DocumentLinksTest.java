package org.conductpolicy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conductpolicy.cli.HelpTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the documents, the command line's help and the sources' comments point a reader at exists in the
 * repository: a reader sent to a file finds it.
 */
class DocumentLinksTest {
    private static final RepositoryFiles REPOSITORY = RepositoryFiles.ofThisBuild();

    /** The kinds of source file whose comments may name a document. */
    private static final List<String> SOURCE_ENDINGS =
            List.of(".java", ".drl", ".properties", ".xml", ".yaml", ".yml", ".json", ".mutant");

    @Test
    void everyRelativeLinkInTheRepositorysMarkdownFilesResolves() {
        // given every Markdown file of the repository
        List<Path> documents = REPOSITORY.filesEndingWith(".md");
        assertThat(documents).as("Markdown files under %s", REPOSITORY.root()).isNotEmpty();

        // when their relative links are followed
        List<String> broken = documents.stream()
                .flatMap(document -> REPOSITORY.brokenLinksOf(document).stream())
                .toList();

        // then each reaches a file or folder of the repository
        assertThat(broken).as("links that resolve to nothing").isEmpty();
    }

    @Test
    void everyFileTheCommandLinesHelpNamesExists() {
        // given the help of policy and of each of its commands, as a user sees it
        Map<String, String> help = HelpTexts.byCommand();
        assertThat(help).hasSizeGreaterThan(1);

        // when the files it names are looked up
        List<String> missing = help.entrySet().stream()
                .flatMap(command -> REPOSITORY.missingFilesNamedIn(command.getValue(), REPOSITORY.root()).stream()
                        .map(name -> command.getKey() + " --help names " + name))
                .toList();

        // then each is a file of the repository
        assertThat(missing).as("files the help names that do not exist").isEmpty();
    }

    @Test
    void everyFileTheSourcesNameInTheirCommentsExists() {
        // given every source file of every module, main and test (this test's own examples aside)
        List<Path> sources = SOURCE_ENDINGS.stream()
                .flatMap(ending -> REPOSITORY.filesEndingWith(ending).stream())
                .filter(DocumentLinksTest::isInAModulesSources)
                .filter(file -> !file.getParent().endsWith(Path.of("org", "conductpolicy", "docs")))
                .toList();
        assertThat(sources).isNotEmpty();

        // when the documents and docs folders they name are looked up
        List<String> missing = sources.stream()
                .flatMap(file -> REPOSITORY.missingFilesNamedIn(RepositoryFiles.read(file), file.getParent()).stream()
                        .map(name -> REPOSITORY.root().relativize(file) + " names " + name))
                .toList();

        // then each is a file of the repository
        assertThat(missing).as("files the sources name that do not exist").isEmpty();
    }

    /** Whether a file is under a module's {@code src} folder, such as {@code policy-core/src/main/...}. */
    private static boolean isInAModulesSources(Path file) {
        Path relative = REPOSITORY.root().relativize(file);
        return relative.getNameCount() > 2 && relative.getName(1).toString().equals("src");
    }

    @Test
    void aLinkToAFileThatDoesNotExistIsFoundAndAWorkingOneIsNot(@TempDir Path repository) throws IOException {
        // given a repository whose README links to a document that exists, one that does not, a heading of
        // one that exists, an address on the web, and, inside code, a file that does not exist
        Files.createDirectories(repository.resolve("core/docs"));
        Files.writeString(repository.resolve("core/docs/format.md"), "# Format\n\n[back](../../README.md)\n");
        Files.writeString(repository.resolve("README.md"), """
                # A project

                See [the format](core/docs/format.md), [its facts](core/docs/format.md#facts) and
                [the clauses](rules/docs/clauses.md), or [the web](https://example.org/x.md).

                Written `[not a link](missing.md)`:

                ```
                [nor this](missing.md)
                ```

                [catalogue]: rules/catalogue.md
                """);

        // when its links are followed
        RepositoryFiles files = RepositoryFiles.at(repository);
        List<String> broken = files.filesEndingWith(".md").stream()
                .flatMap(document -> files.brokenLinksOf(document).stream())
                .toList();

        // then the two that resolve to nothing are found, with their file and line
        assertThat(broken).containsExactly("README.md:4: rules/docs/clauses.md", "README.md:12: rules/catalogue.md");
    }

    @Test
    void aDocumentNamedInACommentThatDoesNotExistIsFound(@TempDir Path repository) throws IOException {
        // given a repository with one document, and a comment naming it, a document that does not exist
        // and a docs folder path that does not exist
        Files.createDirectories(repository.resolve("core/docs"));
        Files.writeString(repository.resolve("core/docs/format.md"), "# Format\n");
        String comment = "/** As core/docs/format.md's table says; see SPEC.md and core/docs/old/, or"
                + " https://example.org/docs/x.md. */";

        // when the files it names are looked up
        List<String> missing = RepositoryFiles.at(repository).missingFilesNamedIn(comment, repository);

        // then the two that do not exist are found
        assertThat(missing).containsExactly("SPEC.md", "core/docs/old");
    }

    @Test
    void buildOutputIsNotPartOfTheRepositorysDocuments(@TempDir Path repository) throws IOException {
        // given a document in the sources and one in a module's build output
        Files.createDirectories(repository.resolve("core/target/site"));
        Files.writeString(repository.resolve("README.md"), "# A project\n");
        Files.writeString(repository.resolve("core/target/site/broken.md"), "[x](nowhere.md)\n");

        // when the documents are listed
        List<Path> documents = RepositoryFiles.at(repository).filesEndingWith(".md");

        // then only the one in the sources is
        assertThat(documents)
                .containsExactly(
                        repository.resolve("README.md").toAbsolutePath().normalize());
    }
}
