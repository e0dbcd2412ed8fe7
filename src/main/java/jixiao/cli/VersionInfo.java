package jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/** The version of jixiao, from {@code version.properties} (filled in by Maven at build time). */
final class VersionInfo implements CommandLine.IVersionProvider {
    static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties from the jar", e);
        }
    }

    static String[] lines() {
        return new String[] {
            "jixiao " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        };
    }

    @Override
    public String[] getVersion() {
        return lines();
    }
}
