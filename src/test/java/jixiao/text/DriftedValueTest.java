package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pdftotext -layout of a grid with centred cells: a short qualitative value (有效提升), alone with its level name on
 * the middle line of its row's two-line description, is set left over the description column. It is the row's value,
 * not a line of the description (whose lines above and below it are centred on one axis and it is not), and the rows
 * after it keep their own values.
 */
class DriftedValueTest {
    private static final String HEAD = String.join("\n",
            "                      1.医疗救助资金绩效目标表",
            " 项目名称                             医疗救助资金",
            "预算规模及    预算数         172.99            其中：财政资金         172.99",
            " 一级指标     二级指标       三级指标          指标描述             指标值      指标值确定依据",
            "");

    @Test
    void aValueSetLeftOverTheDescriptionIsTheRowsValue(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "           时效指标    设备采购完成时间     设备采购完成时间          9月底前",
                "                   减轻困难家庭负 减轻家庭经济困难幼儿家                            某财教",
                "         社会效益指标                        有效提升",
                "                      担       庭教育负担                             〔2021〕78号",
                " 效益指标              长效管理机制         建立健全长效管理机制           99年       县领导批示",
                "         可持续影响指标                 工作队综合经费可持",
                "                    可持续性                              100年",
                "                                      续性",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of(
                "设备采购完成时间|设备采购完成时间|9月底前|null",
                "减轻困难家庭负担|减轻家庭经济困难幼儿家庭教育负担|有效提升|某财教〔2021〕78号",
                "长效管理机制|建立健全长效管理机制|99年|县领导批示",
                "可持续性|工作队综合经费可持续性|100年|null"), rows);
    }
}
