package dev.podium.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's protocol to Podium: the session cookie, Spring Security's form login with the
 * page's CSRF token, the {@code v-r=init} bootstrap (UI id, the {@code Vaadin-Security-Key} every UIDL request
 * carries), then UIDL requests whose {@code syncId}/{@code clientId} follow the server's and whose RPCs
 * ({@code ui-navigate} events, clicks, property syncs, published event handlers) address node ids read from the
 * responses. A response that is not HTTP 200, or says {@code appError}, {@code sessionExpired} or resynchronise,
 * throws {@link VaadinError}.
 */
final class VaadinClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final java.time.Duration REQUEST_TIMEOUT = java.time.Duration.ofSeconds(60);
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CONFIRM = Pattern.compile(
            "\\{\"@v-node\":(\\d+)},(\\d+),[^\\[\\]]*?\"return \\$0\\.\\$connector\\.confirm\\(");
    private static final Pattern ITEM_KEY = Pattern.compile("\\{\"key\":\"([^\"]+)\"");
    /** The window details a browser sends with {@code v-r=init} (Flow reads them into the UI's extended details). */
    private static final String BROWSER_DETAILS = "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs="
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=aura&v-ga=PROMPT"
            + "&v-wla=SUPPORTED&v-ws=false";

    static final class VaadinError extends RuntimeException {
        VaadinError(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String base;
    private final String origin;
    private final String windowName = "v-" + Math.random();
    // read by the heartbeat's own thread as well
    private volatile String sessionCookie;
    private volatile int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private UiTree tree = new UiTree();
    private String lastResponse = "";
    private volatile int heartbeatSeconds = 30;

    VaadinClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        URI uri = URI.create(base);
        this.origin = uri.getScheme() + "://" + uri.getAuthority();
    }

    UiTree tree() {
        return tree;
    }

    String lastResponse() {
        return lastResponse;
    }

    /**
     * The login page as a browser loads it (page, bootstrap, the login view), then the form's POST with the page's
     * CSRF token, then the home page Spring redirects to.
     */
    void login(String username, String password) {
        String page = get("login");
        Matcher csrf = META_CSRF.matcher(page);
        if (!csrf.find()) {
            throw new VaadinError("The login page carries no CSRF token");
        }
        bootstrap("login", "/login");
        String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new VaadinError("Login of " + username + " refused: HTTP " + response.statusCode() + " to " + location);
        }
        open("");
    }

    /** Opens an address as a new page load: the HTML, the bootstrap and the first navigation of the new UI. */
    void open(String route) {
        get(route);
        bootstrap(route, "/" + route);
    }

    private void bootstrap(String location, String navigateTo) {
        String json = get("?v-r=init&location=" + enc(location) + "&query=&v-wn=" + windowName + "&v-curdate="
                + System.currentTimeMillis() + BROWSER_DETAILS);
        JsonNode config = read(json).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (config.isMissingNode() || uidl.isMissingNode()) {
            throw new VaadinError("The bootstrap answered without appConfig.uidl: " + abbreviate(json));
        }
        uiId = config.path("v-uiId").asInt();
        heartbeatSeconds = config.path("heartbeatInterval").asInt(30);
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        promise = 0;
        historyIndex = 0;
        tree = new UiTree();
        check(uidl, json);
        tree.apply(uidl.path("changes"));
        navigate(navigateTo, "");
    }

    /** A click on a link in the side navigation: the router's {@code ui-navigate} event on the UI. */
    void navigate(String route) {
        historyIndex++;
        navigate(route, "client");
    }

    private void navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", trigger);
        rpc(event(1, "ui-navigate", data));
    }

    /** A click on the element with this id (a button): the DOM event with the data the listener asks for. */
    void click(String elementId) {
        UiTree.Node node = tree.byId(elementId).orElseThrow(() -> new VaadinError("No element #" + elementId));
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 100);
        data.put("event.clientY", 100);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 200);
        data.put("event.screenX", 200);
        rpc(event(node.id, "click", data));
    }

    /** Picks a radio button of a radio group, as a click on it does: the button's and the group's value synced. */
    void chooseRadio(String groupId, int index) {
        UiTree.Node group = tree.byId(groupId).orElseThrow(() -> new VaadinError("No radio group #" + groupId));
        List<UiTree.Node> buttons = tree.children(group, "vaadin-radio-button");
        if (buttons.isEmpty()) {
            throw new VaadinError("Radio group #" + groupId + " has no buttons");
        }
        UiTree.Node button = buttons.get(Math.floorMod(index, buttons.size()));
        String key = button.string("value");
        ArrayNode rpc = JSON.createArrayNode();
        rpc.add(sync(button.id, "checked", JSON.booleanNode(true)));
        rpc.add(event(button.id, "checked-changed", JSON.createObjectNode()));
        rpc.add(sync(group.id, "value", JSON.stringNode(key)));
        rpc.add(event(group.id, "value-changed", JSON.createObjectNode()));
        rpc(rpc);
    }

    /** Ticks check boxes of a check box group one after the other, as clicks on them do. */
    void tickBoxes(String groupId, List<Integer> indexes) {
        UiTree.Node group = tree.byId(groupId).orElseThrow(() -> new VaadinError("No check box group #" + groupId));
        List<UiTree.Node> boxes = tree.children(group, "vaadin-checkbox");
        if (boxes.isEmpty()) {
            throw new VaadinError("Check box group #" + groupId + " has no boxes");
        }
        ArrayNode value = JSON.createArrayNode();
        for (int index : indexes) {
            UiTree.Node box = boxes.get(Math.floorMod(index, boxes.size()));
            value.add(box.string("value"));
            ArrayNode rpc = JSON.createArrayNode();
            rpc.add(sync(box.id, "checked", JSON.booleanNode(true)));
            rpc.add(event(box.id, "checked-changed", JSON.createObjectNode()));
            rpc.add(sync(group.id, "value", value.deepCopy()));
            rpc.add(event(group.id, "value-changed", JSON.createObjectNode()));
            rpc(rpc);
        }
    }

    /**
     * Opens a combo box (its data connector asks for the first items), then picks the item at the index by the key
     * the server gave it, as choosing it from the list does.
     */
    void chooseComboItem(String comboId, int index) {
        UiTree.Node combo = tree.byId(comboId).orElseThrow(() -> new VaadinError("No combo box #" + comboId));
        String answer = rpc(published(combo.id, "setViewportRange", JSON.createArrayNode().add(0).add(50).add("")));
        List<String> keys = new ArrayList<>();
        Matcher key = ITEM_KEY.matcher(answer);
        while (key.find()) {
            keys.add(key.group(1));
        }
        if (keys.isEmpty()) {
            throw new VaadinError("Combo box #" + comboId + " offered no items");
        }
        ArrayNode rpc = JSON.createArrayNode();
        rpc.add(sync(combo.id, "value", JSON.stringNode(keys.get(Math.floorMod(index, keys.size())))));
        rpc.add(event(combo.id, "value-changed", JSON.createObjectNode()));
        rpc(rpc);
    }

    /** Scrolls a lazy grid: its connector asks for the rows now in view (and confirms the update, as the browser). */
    void scrollGrid(String gridId, int first, int count) {
        UiTree.Node grid = tree.byId(gridId).orElseThrow(() -> new VaadinError("No grid #" + gridId));
        rpc(published(grid.id, "setViewportRange", JSON.createArrayNode().add(first).add(count)));
    }

    /** A plain GET in the same session, e.g. of a static file: the ceiling the Vaadin steps are compared with. */
    String fetch(String path) {
        return get(path);
    }

    /** Seconds between heartbeats, as the server's bootstrap configured the tab. */
    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** The heartbeat an open tab sends every {@code heartbeatInterval} seconds. */
    void heartbeat() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new VaadinError("Heartbeat answered HTTP " + response.statusCode());
        }
    }

    boolean has(String elementId) {
        return tree.byId(elementId).isPresent();
    }

    Optional<String> text(String elementId) {
        return tree.byId(elementId).map(tree::text);
    }

    /** Ids of elements whose id starts with the prefix (e.g. a dashboard's drill-down buttons). */
    List<String> idsStartingWith(String prefix) {
        return tree.idsStartingWith(prefix);
    }

    /** {@code href}s of the links on the page that start with the prefix (e.g. a course's lessons). */
    List<String> links(String prefix) {
        return tree.links(prefix);
    }

    // --- protocol -------------------------------------------------------------------------------------------------

    private ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private ObjectNode published(int node, String method, ArrayNode args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", args);
        rpc.put("promise", promise++);
        return rpc;
    }

    private String rpc(ObjectNode single) {
        return rpc(JSON.createArrayNode().add(single));
    }

    /** One UIDL round trip; the data connectors' update confirmations go out right after, as the browser sends them. */
    private String rpc(ArrayNode invocations) {
        String answer = uidl(invocations);
        Matcher confirm = CONFIRM.matcher(answer);
        ArrayNode confirmations = JSON.createArrayNode();
        while (confirm.find()) {
            confirmations.add(published(Integer.parseInt(confirm.group(1)), "confirmUpdate",
                    JSON.createArrayNode().add(Integer.parseInt(confirm.group(2)))));
        }
        if (!confirmations.isEmpty()) {
            uidl(confirmations);
        }
        return answer;
    }

    private String uidl(ArrayNode invocations) {
        if (securityKey == null) {
            throw new VaadinError("No UI bootstrapped");
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", invocations);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new VaadinError("UIDL answered HTTP " + response.statusCode() + ": " + abbreviate(body));
        }
        JsonNode answer = read(body);
        check(answer, body);
        if (answer.has("syncId")) {
            syncId = answer.get("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = answer.get("clientId").asInt();
        }
        tree.apply(answer.path("changes"));
        lastResponse = body;
        return body;
    }

    private static void check(JsonNode uidl, String body) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            throw new VaadinError("appError: " + abbreviate(meta.get("appError").toString()));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new VaadinError("sessionExpired");
        }
        if (uidl.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            throw new VaadinError("resynchronize: " + abbreviate(body));
        }
    }

    /** UIDL answers may come as {@code for(;;);[{...}]}; the driver reads the object either way. */
    private static JsonNode read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new VaadinError("Not JSON: " + abbreviate(body));
        }
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    private String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (response.statusCode() != 200) {
            throw new VaadinError("GET " + path + " answered HTTP " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        try {
            // a browser gives up too; a request that never answers is an error, not a hang of the whole run
            HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher session = SESSION_COOKIE.matcher(cookie);
                if (session.find()) {
                    sessionCookie = session.group(1);
                }
            }
            return response;
        } catch (IOException e) {
            throw new VaadinError("I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaadinError("interrupted");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

}
