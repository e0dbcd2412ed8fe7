package jixiao.mapping;

import java.util.Set;

/** The indicator taxonomy: known level-1 and level-2 names (财政部 templates and provincial variants). */
final class Taxonomy {
    static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final Set<String> LEVEL2 = Set.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标",
            "生态环境成本指标", "满意度指标", "其他满意度指标", "社会公众满意度指标");

    private Taxonomy() {
    }

    static boolean known(String name) {
        String n = name.replaceAll("\\s+", "");
        return LEVEL1.contains(n) || LEVEL2.contains(n);
    }

    /**
     * Whether {@code tail}, printed at the top of the next page, continues {@code head} (a level cell cut by the
     * page break): together they make a known name, and they are not two complete names. The tail alone may be a
     * name when the head is not one (服务对象 | 满意度指标 is one cut 服务对象满意度指标).
     */
    static boolean continues(String head, String tail) {
        String h = head.replaceAll("\\s+", "");
        String t = tail.replaceAll("\\s+", "");
        return !h.isEmpty() && !t.isEmpty() && known(h + t) && !(known(h) && known(t));
    }
}
