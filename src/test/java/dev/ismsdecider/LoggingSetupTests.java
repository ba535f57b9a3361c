package dev.ismsdecider;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging is configured twice: by {@link StandardErrorLogging} when a process starts (the command line keeps
 * it), and from {@code logback.xml} once Spring Boot starts the server. Both must say the same.
 */
class LoggingSetupTests {

    private static final Path LOGBACK_XML = Path.of("src/main/resources/logback.xml");

    @Test
    void theStartUpConfigurationSaysWhatLogbackXmlSays() throws Exception {
        Element configuration = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(LOGBACK_XML.toFile()).getDocumentElement();

        Map<String, Level> levels = new HashMap<>();
        NodeList loggers = configuration.getElementsByTagName("logger");
        for (int i = 0; i < loggers.getLength(); i++) {
            Element logger = (Element) loggers.item(i);
            levels.put(logger.getAttribute("name"), Level.toLevel(logger.getAttribute("level")));
        }
        Element root = (Element) configuration.getElementsByTagName("root").item(0);

        assertThat(levels).isEqualTo(StandardErrorLogging.LEVELS);
        assertThat(Level.toLevel(root.getAttribute("level"))).isEqualTo(StandardErrorLogging.ROOT_LEVEL);
        assertThat(text(configuration, "pattern")).isEqualTo(List.of(StandardErrorLogging.PATTERN));
        assertThat(text(configuration, "target")).isEqualTo(List.of("System.err"));
    }

    private static List<String> text(Element configuration, String tag) {
        NodeList nodes = configuration.getElementsByTagName(tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent().strip()).toList();
    }
}
