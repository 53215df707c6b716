package io.seedancerunner.activities.download;

import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;

/**
 * One body chunk of a streamed answer, copied out of Netty's buffer. The copy is made inside the
 * reactive pipeline, before Micronaut's {@code exchangeStream} releases the buffer (it does so
 * right after each element is handed on), so the blocking consumer never touches a released
 * buffer. A chunk is what one or a few socket reads brought (8 KiB on average).
 *
 * @param status  HTTP status of the answer
 * @param headers the answer's headers
 * @param bytes   the chunk
 */
record Piece(int status, HttpHeaders headers, byte[] bytes) {

  static Piece copy(HttpResponse<ByteBuffer<?>> response) {
    ByteBuffer<?> body = response.body();
    return new Piece(response.code(), response.getHeaders(), body == null ? new byte[0] : body.toByteArray());
  }
}
