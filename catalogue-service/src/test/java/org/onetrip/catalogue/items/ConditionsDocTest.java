package org.onetrip.catalogue.items;

import org.junit.jupiter.api.Test;
import org.onetrip.platform.reference.Condition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/catalogue.md's table of conditions is the vocabulary the services understand, code, label and aliases. */
class ConditionsDocTest {

    @Test
    void theTableListsEveryConditionWithItsLabelAndAliases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "catalogue.md"));
        Map<String, String> documented = lines.stream().filter(l -> l.startsWith("| `") && l.endsWith(" |"))
                .map(l -> l.substring(2, l.length() - 2).split(" \\| "))
                .filter(cells -> cells.length == 4)
                .collect(Collectors.toMap(cells -> cells[0].replace("`", ""), cells -> cells[1] + " / " + cells[3]));
        Map<String, String> vocabulary = Arrays.stream(Condition.values())
                .collect(Collectors.toMap(Enum::name, c -> c.label() + " / " + String.join(", ", c.aliases())));
        assertThat(documented).isEqualTo(vocabulary);
    }
}
