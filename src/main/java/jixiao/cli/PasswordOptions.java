package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Option;

/** {@code --password} and {@code --password-file}, shared by extract and review (a picocli mixin). */
final class PasswordOptions {
    @Option(names = "--password", paramLabel = "PW",
            description = "User password for encrypted PDFs (the same for every file).")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "More passwords, one a line (blank lines and lines starting with # are ignored): each "
                    + "encrypted PDF is tried with --password, then with each line in turn. Never printed.")
    Path passwordFile;

    /** The passwords to try, in order; empty after telling {@code err} why the password file cannot be read. */
    Optional<List<String>> candidates(PrintWriter err) {
        try {
            return Optional.of(PasswordFile.candidates(password, passwordFile));
        } catch (IOException e) {
            err.println("error: cannot read --password-file " + passwordFile + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
