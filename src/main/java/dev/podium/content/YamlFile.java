package dev.podium.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document read as nodes, so every value keeps its line and every problem can name it. Only plain
 * mappings, sequences and scalars are read: no tags, no Java objects, no anchors beyond what SnakeYAML resolves.
 */
public final class YamlFile {

    private final String file;
    private final int lineOffset;
    private final ContentProblems problems;

    private YamlFile(String file, int lineOffset, ContentProblems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /**
     * Parses {@code text} (which starts at line {@code lineOffset + 1} of {@code file}) into a mapping, or reports
     * why it cannot.
     */
    public static Optional<Mapping> parse(String file, String text, int lineOffset, ContentProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported with lines by Mapping instead
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(2 * 1024 * 1024);
        YamlFile reader = new YamlFile(file, lineOffset, problems);
        Node root;
        try {
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1 + lineOffset;
            problems.add(file, line, "content.problem.yaml-syntax", String.valueOf(e.getProblem()));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(file, lineOffset + 1, "content.problem.yaml-syntax", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(file, root == null ? lineOffset + 1 : reader.line(root), "content.problem.yaml-not-mapping");
            return Optional.empty();
        }
        return Optional.of(reader.new Mapping(mapping));
    }

    /**
     * Reports unknown {@code {{variables}}} of a text value. A block scalar ({@code >} or {@code |}) starts on the
     * line after its indicator; folded lines cannot be told apart, so its problems name its first line.
     */
    private void checkVariables(ScalarNode scalar) {
        boolean block = scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED;
        String value = scalar.getValue();
        int first = line(scalar) + (block ? 1 : 0);
        if (scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL) {
            ContentVariables.check(value, file, first, problems);
        } else {
            ContentVariables.check(value.replace('\n', ' '), file, first, problems);
        }
    }

    /** The file line a node starts on (1-based). */
    public int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** The file as problems name it. */
    public String file() {
        return file;
    }

    /** Where this file's problems go. */
    public ContentProblems problems() {
        return problems;
    }

    /** A YAML mapping whose keys are plain strings. */
    public final class Mapping {

        private final MappingNode node;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Mapping(MappingNode node) {
            this.node = node;
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                        problems.add(file, YamlFile.this.line(key), "content.problem.duplicate-key", key.getValue());
                    }
                } else {
                    problems.add(file, YamlFile.this.line(tuple.getKeyNode()), "content.problem.key-not-text");
                }
            }
        }

        /** The line the mapping starts on. */
        public int line() {
            return YamlFile.this.line(node);
        }

        /** The line of a key's value, or of the mapping when the key is absent. */
        public int line(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? line() : YamlFile.this.line(tuple.getValueNode());
        }

        /** The file this mapping is in. */
        public YamlFile yaml() {
            return YamlFile.this;
        }

        /** Whether the key is present. */
        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** The keys, in file order. */
        public java.util.Set<String> keys() {
            return entries.keySet();
        }

        /** Reports keys this mapping does not know, so a typo ("pasMark") is not silently ignored. */
        public void allowOnly(java.util.Collection<String> known) {
            entries.forEach((key, tuple) -> {
                if (!known.contains(key)) {
                    problems.add(file, YamlFile.this.line(tuple.getKeyNode()), "content.problem.unknown-key", key);
                }
            });
        }

        /**
         * A non-empty text, stripped, its {@code {{variables}}} checked; reports a missing required key or a value
         * that is not text.
         */
        public Optional<String> text(String key, boolean required) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                if (required) {
                    problems.add(file, line(), "content.problem.missing-key", key);
                }
                return Optional.empty();
            }
            if (tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                checkVariables(scalar);
                return Optional.of(scalar.getValue().strip());
            }
            problems.add(file, YamlFile.this.line(tuple.getValueNode()), "content.problem.expected-text", key);
            return Optional.empty();
        }

        /** A whole number from {@code min} to {@code max}; reports anything else. */
        public Optional<Integer> integer(String key, boolean required, int min, int max) {
            Optional<String> text = text(key, required);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                int value = Integer.parseInt(text.get());
                if (value < min || value > max) {
                    problems.add(file, line(key), "content.problem.out-of-range", key, value, min, max);
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                problems.add(file, line(key), "content.problem.expected-number", key, text.get());
                return Optional.empty();
            }
        }

        /** {@code true}/{@code yes} or {@code false}/{@code no}; reports anything else. */
        public Optional<Boolean> bool(String key, boolean required) {
            Optional<String> text = text(key, required);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return switch (text.get()) {
                case "true", "yes" -> Optional.of(true);
                case "false", "no" -> Optional.of(false);
                default -> {
                    problems.add(file, line(key), "content.problem.expected-boolean", key, text.get());
                    yield Optional.empty();
                }
            };
        }

        /** A nested mapping; reports a missing required key or a value that is not a mapping. */
        public Optional<Mapping> mapping(String key, boolean required) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                if (required) {
                    problems.add(file, line(), "content.problem.missing-key", key);
                }
                return Optional.empty();
            }
            if (tuple.getValueNode() instanceof MappingNode mapping) {
                return Optional.of(new Mapping(mapping));
            }
            problems.add(file, YamlFile.this.line(tuple.getValueNode()), "content.problem.expected-mapping", key);
            return Optional.empty();
        }

        /** The items of a sequence; a missing key is an empty list (reported when required). */
        public List<Node> sequence(String key, boolean required) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                if (required) {
                    problems.add(file, line(), "content.problem.missing-key", key);
                }
                return List.of();
            }
            if (tuple.getValueNode() instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            problems.add(file, YamlFile.this.line(tuple.getValueNode()), "content.problem.expected-list", key);
            return List.of();
        }

        /** A sequence of plain texts. */
        public List<String> texts(String key, boolean required) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence(key, required)) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.add(file, YamlFile.this.line(item), "content.problem.expected-text", key);
                }
            }
            return values;
        }

        /** A sequence of mappings. */
        public List<Mapping> mappings(String key, boolean required) {
            List<Mapping> values = new ArrayList<>();
            for (Node item : sequence(key, required)) {
                if (item instanceof MappingNode mapping) {
                    values.add(new Mapping(mapping));
                } else {
                    problems.add(file, YamlFile.this.line(item), "content.problem.expected-mapping", key);
                }
            }
            return values;
        }
    }
}
