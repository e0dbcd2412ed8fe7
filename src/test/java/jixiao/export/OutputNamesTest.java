package jixiao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void keepsOrdinaryNames() {
        assertEquals("julu-2023.writer.pdf", OutputNames.safe("julu-2023.writer.pdf"));
        assertEquals("上海市普陀区 25年预算.pdf", OutputNames.safe("上海市普陀区 25年预算.pdf"));
    }

    @Test
    void removesSeparatorsDotsAndControls() {
        assertEquals("__a_b", OutputNames.safe("../a/b"));
        assertEquals("_", OutputNames.safe(".."));
        assertEquals("_", OutputNames.safe(""));
        assertEquals("a_b_c_d.pdf", OutputNames.safe("a\\b:c\nd.pdf"));
        assertEquals("_hidden.pdf", OutputNames.safe(".hidden.pdf"));
        assertEquals("a.b.pdf", OutputNames.safe("a..b.pdf"));
        for (String evil : new String[] {"..", "../../etc/passwd", "..\\..\\x", "./.", "a/../../b"}) {
            String s = OutputNames.safe(evil);
            assertFalse(s.contains("/") || s.contains("\\") || s.contains("..") || s.startsWith("."), evil + " → " + s);
        }
    }

    @Test
    void capsLongNamesOnACodePointBoundary() {
        String s = OutputNames.safe("预".repeat(200) + ".pdf");
        assertTrue(s.getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_BYTES);
        assertEquals(60, s.length());
    }

    @Test
    void allocatorAddsANumberBeforeJson() {
        OutputNames.Allocator names = new OutputNames.Allocator();
        assertEquals("a.pdf.json", names.jsonName("a.pdf"));
        assertEquals("a.pdf-2.json", names.jsonName("a.pdf"));
        assertEquals("A.PDF-3.json", names.jsonName("A.PDF"), "case-insensitive file systems");
        assertEquals("b.txt.json", names.jsonName("b.txt"));
    }
}
