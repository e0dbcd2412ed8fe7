package jixiao.mapping;

import java.util.regex.Pattern;

/** Page numbers and running footers that are not content: "- 1 -", "— 3 —", "第3页", "第 3 页 共 9 页", "3/9". */
final class PageFurniture {
    private static final Pattern FURNITURE = Pattern.compile(
            "^[-—–－_\\s]*\\d+[-—–－_\\s]*$|^第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$"
                    + "|^共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页$|^[-—–]?\\s*[Pp]age\\s*\\d+.*$");

    private PageFurniture() {
    }

    static boolean is(String line) {
        return FURNITURE.matcher(line.strip()).matches();
    }
}
