package dev.racecard.catalog;

import java.util.List;
import java.util.Set;

/**
 * One implementation of a pattern.
 *
 * @param id             short name, unique within its pattern
 * @param kind           racy or correct
 * @param implementation the class under test, by name: the report never loads pattern code
 * @param summary        one sentence on what the code does and why it is racy or correct
 * @param tools          the tools that must have produced evidence for this variant
 * @param jcstressTests  fully qualified names of the jcstress tests that exercise it
 * @param criticalCode   code fragments the report marks in the variant's source: where it races,
 *                       or what makes it correct
 */
public record Variant(String id, VariantKind kind, String implementation, String summary,
                      Set<Tool> tools, List<String> jcstressTests, List<String> criticalCode) {

    public Variant {
        tools = Set.copyOf(tools);
        jcstressTests = List.copyOf(jcstressTests);
        criticalCode = List.copyOf(criticalCode);
    }

    public Variant(String id, VariantKind kind, String implementation, String summary,
                   Set<Tool> tools, List<String> jcstressTests) {
        this(id, kind, implementation, summary, tools, jcstressTests, List.of());
    }

    public Variant markingCritical(String... fragments) {
        return new Variant(id, kind, implementation, summary, tools, jcstressTests, List.of(fragments));
    }
}
