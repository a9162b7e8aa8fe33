package org.pledgebot.alerts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.store.SqliteStore;

/**
 * The bot's alert path in a JVM of its own, for {@link CrashTest} to kill: syncs the corpus
 * (queuing alerts for new pledges), then delivers every due alert through a sender that appends
 * {@code chatId} to a file and forces it to disk before saying "sent", then exits.
 *
 * <p>Arguments: database file, corpus directory, thesaurus file, deliveries file.
 */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    Path corpusDir = Path.of(args[1]);
    Thesaurus thesaurus = Thesaurus.load(Path.of(args[2]));
    Path deliveries = Path.of(args[3]);
    try (SqliteStore store = SqliteStore.open(db);
        FileChannel out = FileChannel.open(deliveries, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      Corpus corpus = new CorpusReader(thesaurus).read(corpusDir);
      Map<String, Pledge> pledges = new HashMap<>();
      corpus.pledges().forEach(p -> pledges.put(p.id(), p));
      new NewPledges(store, QueryMatch.NONE, () -> {}).synced(corpus);
      AlertSender durable = (chatId, chatType, html, keyboard) -> {
        Thread.sleep(15); // the network
        try {
          out.write(ByteBuffer.wrap((chatId + "\n").getBytes(StandardCharsets.US_ASCII)));
          out.force(false);
        } catch (IOException e) {
          return new AlertSender.Retry(java.time.Duration.ZERO, e.toString());
        }
        return new AlertSender.Sent();
      };
      new AlertDispatcher(store, durable, new AlertText(thesaurus), id -> Optional.ofNullable(pledges.get(id)),
          AlertDispatcher.Settings.defaults(), Clock.systemUTC()).dispatchDue();
    }
  }
}
