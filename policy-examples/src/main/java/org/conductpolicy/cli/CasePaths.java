package org.conductpolicy.cli;

import java.nio.file.Path;
import java.util.List;
import org.conductpolicy.io.CaseFileException;
import org.conductpolicy.io.Casebook;

/** The case files a command is given as files and folders of them. */
final class CasePaths {
    private CasePaths() {}

    /**
     * Every case file under the paths, as {@link Casebook#caseFilesUnder} finds them.
     *
     * @throws CaseFileException when a path does not exist, or the paths hold no case file at all
     */
    static List<Path> filesUnder(List<Path> paths) {
        List<Path> files = Casebook.caseFilesUnder(paths);
        if (files.isEmpty()) {
            throw CaseFileException.ofFile(
                    String.join(", ", paths.stream().map(Path::toString).toList()),
                    "holds no case files (.yaml, .yml or .json)");
        }
        return files;
    }
}
