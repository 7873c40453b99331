package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every bean a BPMN file calls exists: the {@code ${...}} of each {@code delegateExpression} and {@code expression}
 * attribute (service tasks, listeners) names a Spring bean. A misspelt delegate would otherwise fail only when an
 * instance reaches that step. Other expressions (assignees, conditions, timers) read process variables.
 */
@PodiumSpringTest
class BpmnBeanReferencesTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> BEAN_ATTRIBUTES = Set.of("delegateExpression", "expression");

    @Autowired
    ApplicationContext context;

    @Test
    void every_bean_named_in_a_bpmn_file_exists() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:/processes/**/*.bpmn20.xml");
        assertThat(files).as("BPMN files").isNotEmpty();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Resource file : files) {
            for (String bean : beanNames(file)) {
                checked++;
                if (!context.containsBean(bean)) {
                    missing.add(file.getFilename() + ": " + bean);
                }
            }
        }
        assertThat(checked).as("bean references found").isPositive();
        assertThat(missing).as("beans named in BPMN files that do not exist").isEmpty();
    }

    /** Names in delegate and service-task expressions: the first identifier of each {@code ${...}}. */
    private static Set<String> beanNames(Resource file) throws Exception {
        Set<String> names = new TreeSet<>();
        try (InputStream in = file.getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList elements = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Node attribute = attributes.item(a);
                    if (BEAN_ATTRIBUTES.contains(attribute.getLocalName())) {
                        collect(attribute.getNodeValue(), names);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return names;
    }

    private static void collect(String value, Set<String> names) {
        Matcher expression = EXPRESSION.matcher(value);
        while (expression.find()) {
            Matcher name = LEADING_NAME.matcher(expression.group(1));
            if (name.find()) {
                names.add(name.group(1));
            }
        }
    }
}
