package jixiao.model;

import java.util.List;

/** One converted source file: the top-level JSON object of the contract. */
public record Document(String schema, Source source, Metadata document, DepartmentGoals departmentGoals,
                       List<Project> projects, List<Issue> issues) {
    public static final String SCHEMA = "budget-targets/1";

    public Document {
        projects = List.copyOf(projects);
        issues = List.copyOf(issues);
    }

    public int indicatorCount() {
        return projects.stream().mapToInt(p -> p.indicators().size()).sum();
    }
}
