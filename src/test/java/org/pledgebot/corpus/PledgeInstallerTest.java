package org.pledgebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgebot.corpus.PledgeInstaller.IfPresent.REFUSE;
import static org.pledgebot.corpus.PledgeInstaller.IfPresent.REPLACE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.testing.Shipped;

class PledgeInstallerTest {

  @TempDir Path tmp;

  private Path corpus() throws Exception {
    return Files.createDirectories(tmp.resolve("pledges"));
  }

  private PledgeInstaller installer() throws Exception {
    return new PledgeInstaller(corpus(), new CorpusReader(Shipped.thesaurus()).parser());
  }

  private List<String> corpusNames() throws Exception {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void validFileIsInstalledUnderItsIdAndReplacedOnlyWhenAsked() throws Exception {
    Path source = tmp.resolve("new-org.json");
    String json = Shipped.json("new-org", "civil_society", "New Org", "open-data", "We pledge.");
    Files.writeString(source, json);
    PledgeInstaller.Installed installed = installer().install(source, REFUSE);
    assertEquals("new-org", installed.pledge().id());
    assertEquals(corpus().resolve("new-org.json"), installed.file());
    assertFalse(installed.replaced());
    assertEquals(json, Files.readString(installed.file()));
    assertEquals(List.of("new-org.json"), corpusNames(), "no temporary file left behind");
    assertEquals(1, new CorpusReader(Shipped.thesaurus()).read(corpus()).pledges().size());

    Files.writeString(source, json.replace("We pledge.", "We pledge more."));
    CorpusException again = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertEquals("pledger new-org is already in the corpus (" + installed.file() + "); add --replace to replace it",
        again.problem().reason());
    assertEquals(json, Files.readString(installed.file()), "refused, nothing changed");
    assertTrue(installer().install(source, REPLACE).replaced());
    assertTrue(Files.readString(installed.file()).contains("We pledge more."));
  }

  @Test
  void aFileNotNamedAfterItsIdIsRefusedAsValidateRefusesIt() throws Exception {
    Path source = tmp.resolve("download (1).json");
    Files.writeString(source, Shipped.json("new-org", "civil_society", "New Org", "open-data", "We pledge."));
    CorpusException e = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertEquals(source, e.problem().file());
    assertTrue(e.getMessage().contains("id \"new-org\" does not match the file name (expected \"download (1)\")"),
        e.getMessage());
    assertEquals(List.of(), corpusNames());
  }

  @Test
  void invalidFileFailsWithTheReasonAndTouchesNothing() throws Exception {
    Path source = tmp.resolve("mine.json");
    Files.writeString(source, Shipped.json("new-org", "civil_society", "New Org", "no-such-theme", "x"));
    CorpusException e = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertEquals(source, e.problem().file());
    assertTrue(e.getMessage().contains("unknown theme id \"no-such-theme\""), e.getMessage());
    assertEquals(List.of(), corpusNames());
  }

  @Test
  void brokenJsonAndMissingIdAreExplained() throws Exception {
    Path source = tmp.resolve("broken.json");
    Files.writeString(source, "{\"id\": \"x\",");
    CorpusException broken = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertTrue(broken.getMessage().contains("invalid JSON"), broken.getMessage());
    Files.writeString(source, "{\"kind\": \"country\"}");
    CorpusException noId = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertTrue(noId.getMessage().contains("missing required field id"), noId.getMessage());
  }

  @Test
  void idThatIsNoFileNameIsRefusedBeforeTouchingTheDisk() throws Exception {
    Path source = tmp.resolve("evil.json");
    Files.writeString(source, Shipped.json("../../etc/x", "civil_society", "Evil", "open-data", "x"));
    CorpusException e = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertTrue(e.getMessage().contains("../../etc/x"), e.getMessage());
    assertEquals(List.of(), corpusNames());
  }

  @Test
  void sameIdInAnotherCaseIsRefused() throws Exception {
    Files.writeString(corpus().resolve("GB.json"), "{}");
    Path source = tmp.resolve("gb.json");
    Files.writeString(source, Shipped.json("gb", "civil_society", "GB Org", "open-data", "x"));
    CorpusException e = assertThrows(CorpusException.class, () -> installer().install(source, REFUSE));
    assertTrue(e.getMessage().contains("already used by"), e.getMessage());
  }

  @Test
  void readersSeeTheOldFileOrTheWholeNewOneNeverAPart() throws Exception {
    Path target = corpus().resolve("big-org.json");
    String small = Shipped.json("big-org", "civil_society", "Big", "open-data", "Small.");
    String big = Shipped.json("big-org", "civil_society", "Big", "open-data", "Big. ".repeat(900).strip());
    Files.writeString(target, small);
    Path source = Files.createDirectories(tmp.resolve("edits")).resolve("big-org.json");
    Files.writeString(source, big);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean torn = new AtomicBoolean();
    Thread reader = new Thread(() -> {
      while (!stop.get()) {
        try {
          String seen = Files.readString(target);
          if (!seen.equals(small) && !seen.equals(big)) {
            torn.set(true);
          }
        } catch (Exception e) {
          torn.set(true);
        }
      }
    });
    reader.start();
    for (int i = 0; i < 20; i++) {
      Files.writeString(source, i % 2 == 0 ? big : small);
      installer().install(source, REPLACE);
    }
    stop.set(true);
    reader.join();
    assertFalse(torn.get(), "a reader saw a partial or missing file");
  }
}
