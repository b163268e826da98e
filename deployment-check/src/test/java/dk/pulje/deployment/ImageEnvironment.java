package dk.pulje.deployment;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The environment variables the apps' images set, as the parent pom's Jib configuration names them. */
final class ImageEnvironment {

    private ImageEnvironment() {}

    static Map<String, String> read() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("..", "pom.xml").toFile());
        NodeList variables = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "//*[local-name()='plugin'][*[local-name()='artifactId']='jib-maven-plugin']"
                                + "/*[local-name()='configuration']/*[local-name()='container']"
                                + "/*[local-name()='environment']/*",
                        pom,
                        XPathConstants.NODESET);
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < variables.getLength(); i++) {
            Node variable = variables.item(i);
            environment.put(
                    variable.getLocalName() != null ? variable.getLocalName() : variable.getNodeName(),
                    variable.getTextContent().trim());
        }
        return environment;
    }
}
