package org.pledgebot.telegram;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** A successful Bot API answer made here, for a call an interceptor answers without reaching Telegram. */
final class LocalAnswer {

  private static final MediaType JSON = MediaType.get("application/json");

  private LocalAnswer() {}

  /** {@code {"ok":true,"result":RESULT}} with status 200, for the call in {@code chain}; {@code resultJson} is JSON. */
  static Response ok(Interceptor.Chain chain, String resultJson) {
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create("{\"ok\":true,\"result\":" + resultJson + "}", JSON))
        .build();
  }
}
