package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Paragraphs of prose (the department's goals and safeguards) in space-aligned text. */
class ProseLayoutTest {
    /**
     * A paragraph's first line is indented and runs to the right margin; its last line wraps back to the left
     * margin. That line, short enough to lie left of the indented line's start ("上。"), still ends the paragraph.
     */
    @Test
    void aShortLastLineAtTheLeftMarginEndsItsParagraph() {
        String page = String.join("\n",
                "     一、提升基层医疗服务能力",
                "     绩效目标：推进紧密型县域医共体建设，加强乡镇卫生院和村卫生室标准化建设，县域内就诊率达到90%以",
                "上。",
                "     二、落实医疗救助政策",
                "     绩效目标：困难群众参保资助政策全面落实，住院救助比例不低于70%。",
                "");
        assertEquals(List.of("一、提升基层医疗服务能力",
                "绩效目标：推进紧密型县域医共体建设，加强乡镇卫生院和村卫生室标准化建设，县域内就诊率达到90%以", "上。",
                "二、落实医疗救助政策", "绩效目标：困难群众参保资助政策全面落实，住院救助比例不低于70%。"),
                LayoutTextTest.lines(page));
    }
}
