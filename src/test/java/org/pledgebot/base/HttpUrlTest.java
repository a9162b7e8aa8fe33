package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpUrlTest {

  @Test
  void httpAndHttpsUrlsWithAHostPass() {
    assertEquals(URI.create("https://example.org/gb?x=1"), HttpUrl.parse("contact.url", "https://example.org/gb?x=1"));
    assertEquals(URI.create("HTTP://example.org"), HttpUrl.parse("contact.url", "HTTP://example.org"));
  }

  @Test
  void errorsNameTheFieldAndTheValue() {
    assertEquals("contact.url \"javascript:alert(1)\" must be an http(s) URL", message("javascript:alert(1)"));
    assertEquals("contact.url \"ftp://example.org\" must be an http(s) URL", message("ftp://example.org"));
    assertEquals("contact.url \"https:///nohost\" must be an http(s) URL", message("https:///nohost"));
    assertEquals("contact.url \"not a url\" is not a valid URL", message("not a url"));
    assertEquals("contact.url \"null\" must be an http(s) URL", message(null));
  }

  @Test
  void aServerHasNoPathAndLosesItsTrailingSlash() {
    assertEquals(URI.create("http://127.0.0.1:8081"), HttpUrl.server("api", "http://127.0.0.1:8081/"));
    assertEquals(URI.create("https://api.telegram.org"), HttpUrl.server("api", "HTTPS://api.telegram.org"));
    for (String bad : new String[] {"http://example.org/proxy", "http://example.org?a=b", "http://example.org/#x"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpUrl.server("api", bad));
      assertEquals("api \"http://example.org/…\" must be http(s)://host[:port], without a path or query",
          e.getMessage(), "quoted up to the path, where a pasted secret would be");
    }
    assertThrows(IllegalArgumentException.class, () -> HttpUrl.server("api", "ftp://example.org"));
  }

  private static String message(String value) {
    return assertThrows(IllegalArgumentException.class, () -> HttpUrl.parse("contact.url", value)).getMessage();
  }
}
