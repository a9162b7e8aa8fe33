package org.pledgebot.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps the token out of whatever leaves an OkHttp call, for our code and for the library's logs
 * alike: network errors are rethrown with their message masked, and the body of an error answer
 * (which a proxy may fill with the request URL) is masked before anyone parses or logs it.
 */
final class RedactingInterceptor implements Interceptor {

  private static final long MAX_ERROR_BODY = 64 * 1024;

  private final Redactor redactor;

  RedactingInterceptor(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      throw new IOException(redactor.redact(e.toString()));
    }
    if (response.isSuccessful() || response.body() == null) {
      return response;
    }
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    String text;
    try {
      text = redactor.redact(response.peekBody(MAX_ERROR_BODY).string());
    } catch (IOException e) {
      response.close();
      throw new IOException(redactor.redact(e.toString()));
    }
    response.close();
    return response.newBuilder()
        .message(redactor.redact(response.message()))
        .body(ResponseBody.create(text, type))
        .build();
  }
}
