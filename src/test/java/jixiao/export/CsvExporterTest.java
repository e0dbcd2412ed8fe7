package jixiao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    @Test
    void headersAreExactlyThoseOfOutputMd(@TempDir Path dir) throws IOException {
        new CsvExporter(false).export(List.of(), dir);
        assertEquals("source_path,fiscal_year,department,unit_code,unit_name,seq,code,name,amount_unit,budget_total,"
                + "budget_fiscal,budget_other,purpose,fund_plan,goals,pages\r\n", read(dir, "projects.csv"));
        assertEquals("source_path,fiscal_year,unit_code,project_seq,project_code,project_name,level1,level2,level3,"
                + "description,value,target_op,target_number,target_unit,basis,page\r\n", read(dir, "indicators.csv"));
        assertEquals("source_path,fiscal_year,department,kind,no,title,text\r\n", read(dir, "department_goals.csv"));
        assertEquals("source_path,severity,code,project_seq,page,message\r\n", read(dir, "issues.csv"));
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "four tables and no temporary files");
        }
    }

    @Test
    void projectRowIsFlattenedAndQuoted(@TempDir Path dir) throws IOException {
        new CsvExporter(false).export(List.of(TestDocuments.full(), TestDocuments.sparse()), dir);
        List<CSVRecord> rows = parse(read(dir, "projects.csv"));
        assertEquals(3, rows.size());
        assertEquals(List.of("in/julu-2023.pdf", "2023", "巨鹿县乡村振兴局", "475001", "巨鹿县乡村振兴局本级", "1",
                "13052923P00T9A410003K", "某项目", "万元", "1000", "5.870", "", "用途", "3月底=;12月底=5.87",
                "保证系统稳定\n数据正常流转", "3;4"), rows.get(1).toList());
        assertEquals(List.of("in/a.txt", "", "", "", "", "1", "", "项目, 甲", "", "", "", "", "", "=5.87", "", ""),
                rows.get(2).toList());
        String raw = read(dir, "projects.csv");
        assertTrue(raw.contains("\"项目, 甲\""), "a comma is quoted: " + raw);
        assertTrue(raw.contains("\"保证系统稳定\n数据正常流转\""), "a newline is quoted: " + raw);
    }

    @Test
    void indicatorGoalAndIssueRows(@TempDir Path dir) throws IOException {
        new CsvExporter(false).export(List.of(TestDocuments.full()), dir);
        List<CSVRecord> ind = parse(read(dir, "indicators.csv"));
        assertEquals(List.of("in/julu-2023.pdf", "2023", "475001", "1", "13052923P00T9A410003K", "某项目", "产出指标",
                "数量指标", "平台运行维护费数量", "描述，含逗号, and \"quotes\"", "≥95%", ">=", "95", "%", "县领导批示", "3"),
                ind.get(1).toList());
        assertTrue(read(dir, "indicators.csv").contains("\"描述，含逗号, and \"\"quotes\"\"\""));
        List<CSVRecord> goals = parse(read(dir, "department_goals.csv"));
        assertEquals(List.of("overall", "", "", "总体目标\n第二行"), goals.get(1).toList().subList(3, 7));
        assertEquals(List.of("item", "1", "持续完善", "进一步健全"), goals.get(2).toList().subList(3, 7));
        assertEquals(List.of("safeguard", "1", "加强组织领导", "统一思想认识，压实工作责任。"),
                goals.get(3).toList().subList(3, 7));
        assertEquals(List.of("in/julu-2023.pdf", "info", "NOTE", "1", "3", "note"),
                parse(read(dir, "issues.csv")).get(1).toList());
    }

    @Test
    void excelGetsAByteOrderMark(@TempDir Path dir) throws IOException {
        new CsvExporter(true).export(List.of(TestDocuments.sparse()), dir);
        for (String name : CsvExporter.fileNames()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    java.util.Arrays.copyOf(bytes, 3), name);
        }
        Path plain = dir.resolve("plain");
        new CsvExporter(false).export(List.of(TestDocuments.sparse()), plain);
        assertFalse(read(plain, "projects.csv").startsWith("\uFEFF"));
    }

    private static String read(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
