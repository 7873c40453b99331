package dev.podium.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of a Vaadin UI's state tree, kept from the {@code changes} of each UIDL response the way Flow's
 * client keeps it, so the driver can find a button by its id or a radio button's key and send the event to the node
 * id the server expects — a click, not a guess.
 */
final class UiTree {

    /** Flow's feature ids (NodeFeatureRegistry): children of an element, and a text node's text. */
    private static final int CHILDREN = 2;
    private static final int TEXT = 7;

    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        Optional<JsonNode> value(String key) {
            return maps.values().stream().map(map -> map.get(key)).filter(v -> v != null).findFirst();
        }

        String string(String key) {
            return value(key).filter(JsonNode::isString).map(JsonNode::stringValue).orElse(null);
        }

        List<Integer> children() {
            List<Integer> ids = new ArrayList<>();
            for (JsonNode child : lists.getOrDefault(CHILDREN, List.of())) {
                if (child.isInt()) {
                    ids.add(child.asInt());
                }
            }
            return ids;
        }

        boolean listens(String event) {
            Map<String, JsonNode> listeners = maps.get(4);
            return listeners != null && listeners.containsKey(event);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> node(id).maps.computeIfAbsent(change.path("feat").asInt(), f -> new HashMap<>())
                        .put(change.path("key").asString(), change.has("nodeValue") ? change.get("nodeValue")
                                : change.path("value"));
                case "remove" -> {
                    Map<String, JsonNode> map = node(id).maps.get(change.path("feat").asInt());
                    if (map != null) {
                        map.remove(change.path("key").asString());
                    }
                }
                case "clear" -> {
                    node(id).maps.remove(change.path("feat").asInt());
                    node(id).lists.remove(change.path("feat").asInt());
                }
                case "splice" -> {
                    List<JsonNode> list = node(id).lists.computeIfAbsent(change.path("feat").asInt(),
                            f -> new ArrayList<>());
                    int index = Math.min(change.path("index").asInt(), list.size());
                    int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
                    for (int i = 0; i < remove; i++) {
                        list.remove(index);
                    }
                    JsonNode add = change.has("addNodes") ? change.get("addNodes") : change.path("add");
                    int at = index;
                    for (JsonNode item : add) {
                        list.add(at++, item);
                    }
                }
                default -> {
                    // other change types carry nothing the driver reads
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /** The element whose {@code id} attribute is the given one, as a browser's {@code getElementById}. */
    Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.string("id"))).findFirst();
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Element children of a node with the given tag, in order (e.g. the radio buttons of a group). */
    List<Node> children(Node parent, String tag) {
        List<Node> found = new ArrayList<>();
        for (int id : parent.children()) {
            Node child = nodes.get(id);
            if (child != null) {
                if (tag.equals(child.string("tag"))) {
                    found.add(child);
                } else {
                    found.addAll(children(child, tag));
                }
            }
        }
        return found;
    }

    /** All text under a node, as a person reads it. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        String own = Optional.ofNullable(node.maps.get(TEXT)).map(m -> m.get("text"))
                .filter(JsonNode::isString).map(JsonNode::stringValue).orElse("");
        text.append(own);
        for (int id : node.children()) {
            Node child = nodes.get(id);
            if (child != null) {
                text.append(text(child));
            }
        }
        return text.toString();
    }

    List<String> idsStartingWith(String prefix) {
        return nodes.values().stream().map(n -> n.string("id")).filter(id -> id != null && id.startsWith(prefix))
                .sorted().toList();
    }

    List<String> links(String prefix) {
        return nodes.values().stream().filter(n -> "a".equals(n.string("tag"))).map(n -> n.string("href"))
                .filter(href -> href != null && href.startsWith(prefix)).distinct().sorted().toList();
    }

    int size() {
        return nodes.size();
    }
}
