package jixiao.model;

/** Something the user should check. {@code code} is a stable UPPER_SNAKE identifier. */
public record Issue(Severity severity, String code, Integer project, Integer page, String message) {
    public enum Severity { error, warning, info }

    public static Issue info(String code, Integer project, Integer page, String message) {
        return new Issue(Severity.info, code, project, page, message);
    }

    public static Issue warning(String code, Integer project, Integer page, String message) {
        return new Issue(Severity.warning, code, project, page, message);
    }

    public static Issue error(String code, Integer project, Integer page, String message) {
        return new Issue(Severity.error, code, project, page, message);
    }
}
