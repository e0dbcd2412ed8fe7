package jixiao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The passwords to try on an encrypted PDF: {@code --password}, then the lines of {@code --password-file} (UTF-8,
 * one password a line; blank lines and lines starting with {@code #} are skipped, a line is otherwise taken exactly,
 * spaces included). Passwords are never printed: errors name the file and a line number only.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    static List<String> candidates(String password, Path file) throws IOException {
        List<String> all = new ArrayList<>();
        if (password != null) {
            all.add(password);
        }
        if (file != null) {
            all.addAll(read(file));
        }
        return all;
    }

    static List<String> read(Path file) throws IOException {
        List<String> passwords = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) { // a byte-order mark from a Windows editor
                    line = line.substring(1);
                }
                first = false;
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text", e);
        }
        return passwords;
    }
}
