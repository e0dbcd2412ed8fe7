package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.DepartmentGoals;
import jixiao.model.Document;
import jixiao.model.Issue;
import jixiao.model.Metadata;
import jixiao.model.Project;
import jixiao.model.Source;
import jixiao.table.Block;
import jixiao.table.PageLayout;
import jixiao.table.TextBlock;
import jixiao.table.TextLine;

/** Maps rebuilt pages to the contract document: metadata, department goals, projects and issues. */
public final class DocumentMapper {
    private DocumentMapper() {
    }

    public static Document map(List<PageLayout> pages, Source source) {
        List<Issue> issues = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (PageLayout p : pages) {
            if (p.error() != null) {
                issues.add(Issue.error("PAGE_UNREADABLE", null, p.page(), "PDFBox could not read this page ("
                        + p.error() + "); its content is missing from the output. Re-save the PDF from a viewer or "
                        + "download it again"));
            } else if (p.undecodable() > 0) {
                issues.add(Issue.warning("TEXT_NOT_DECODABLE", null, p.page(), p.undecodable() + " of " + p.glyphs()
                        + " characters use a font without a Unicode mapping and show as \uFFFD; check those values "
                        + "against the PDF, or OCR the page"));
            } else if (p.glyphs() == 0 && p.images() > 0) {
                issues.add(Issue.warning("NO_TEXT_LAYER", null, p.page(),
                        "the page is an image without a text layer (a scan); OCR it to read its content"));
            }
            for (Block b : p.blocks()) {
                if (b instanceof TextBlock tb && PageFurniture.is(tb.text())) {
                    continue;
                }
                blocks.add(b);
            }
        }
        return build(blocks, source, issues, true);
    }

    /**
     * Maps blocks read from extracted text (no geometry): cells carry page 0 and synthetic boxes, so the document
     * gets no page numbers ({@code page} null, {@code pages} empty).
     */
    public static Document mapText(List<Block> blocks, Source source) {
        return mapText(blocks, List.of(), source);
    }

    /** Maps text blocks; the reader's own issues (what it could not rebuild) come first. */
    public static Document mapText(List<Block> blocks, List<Issue> readerIssues, Source source) {
        List<Issue> issues = new ArrayList<>(readerIssues);
        List<Block> content = new ArrayList<>();
        for (Block b : blocks) {
            if (!(b instanceof TextBlock tb && PageFurniture.is(tb.text()))) {
                content.add(b);
            }
        }
        return build(content, source, issues, false);
    }

    static Document build(List<Block> blocks, Source source, List<Issue> issues, boolean withPages) {
        ProjectSegmenter.Result seg = ProjectSegmenter.segment(blocks);
        List<TextLine> preamble = new ArrayList<>(seg.preamble());
        String title = MetadataMapper.title(firstPageLines(preamble));
        if (title != null) {
            preamble.remove(0);
        }
        List<Paragraphs.Paragraph> paragraphs = Paragraphs.of(preamble);
        DepartmentGoals goals = GoalsMapper.map(paragraphs);
        List<Project> projects = new ArrayList<>();
        for (ProjectParts parts : seg.projects()) {
            projects.add(ProjectMapper.map(parts, projects.size() + 1, issues, withPages));
        }
        StringBuilder prose = new StringBuilder();
        for (Paragraphs.Paragraph p : paragraphs) {
            prose.append(p.text()).append('\n');
        }
        Metadata meta = MetadataMapper.map(title, prose.toString(), projects);
        if (projects.isEmpty()) {
            issues.add(Issue.info("NO_TARGET_TABLE", null, null,
                    "no project performance-target table (项目名称 … 一级指标 / 二级指标 / 三级指标) was found"));
        }
        if (!withPages) {
            issues.replaceAll(i -> new Issue(i.severity(), i.code(), i.project(), null, i.message()));
        }
        return new Document(Document.SCHEMA, source, meta, goals, projects, issues);
    }

    private static List<TextLine> firstPageLines(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        int page = lines.get(0).page();
        return lines.stream().filter(l -> l.page() == page).toList();
    }

}
