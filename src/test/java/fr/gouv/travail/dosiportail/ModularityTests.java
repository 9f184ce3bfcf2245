package fr.gouv.travail.dosiportail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the diagrams in docs/modules/ are regenerated from the code. */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(DosiportailApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApi() {
        modules.verify();
    }

    /**
     * Writes into target/ first and copies a file into docs/modules/ only when its lines changed, not merely their
     * order (the documenter lists relations and events in no stable order, which dirtied the tree on every run).
     */
    @Test
    void writesModuleDiagramsIntoTheDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        List<Path> generated;
        try (Stream<Path> files = Files.list(GENERATED)) {
            generated = files.filter(Files::isRegularFile).toList();
        }
        assertThat(generated).isNotEmpty();
        for (Path file : generated) {
            Path doc = DOCS.resolve(file.getFileName());
            if (!Files.exists(doc) || !sortedLines(doc).equals(sortedLines(file))) {
                Files.copy(file, doc, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).sorted().toList();
    }
}
