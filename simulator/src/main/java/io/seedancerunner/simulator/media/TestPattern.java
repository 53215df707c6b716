package io.seedancerunner.simulator.media;

import java.util.Arrays;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Paints yuv420p frames: moving vertical bars and a sliding bright band, cheap to paint
 * and cheap to encode.
 */
final class TestPattern {
  private final int width;
  private final int height;
  private final byte[] bars;
  private final byte[] band;
  private final byte[] chroma;

  /**
   * @param width  pixels (even)
   * @param height pixels (even)
   */
  TestPattern(int width, int height) {
    this.width = width;
    this.height = height;
    this.bars = new byte[width * 2];
    this.band = new byte[width];
    this.chroma = new byte[width / 2];
    int barWidth = Math.max(8, width / 8);
    for (int x = 0; x < bars.length; x++) {
      bars[x] = (byte) (40 + ((x / barWidth) % 8) * 25);
    }
    Arrays.fill(band, (byte) 235);
  }

  /**
   * @param frame a writable yuv420p frame of this pattern's size
   * @param index frame number, from 0
   */
  void paint(AVFrame frame, long index) {
    int shift = (int) ((index * 8) % width);
    int bandHeight = Math.max(2, height / 8);
    int bandTop = (int) ((index * 4) % Math.max(1, height - bandHeight));
    BytePointer y = frame.data(0);
    int ls = frame.linesize(0);
    for (int row = 0; row < height; row++) {
      boolean inBand = row >= bandTop && row < bandTop + bandHeight;
      y.position((long) row * ls).put(inBand ? band : bars, inBand ? 0 : shift, width);
    }
    double phase = index / (double) Mp4Encoder.FRAME_RATE;
    paintChroma(frame.data(1), frame.linesize(1), (byte) (128 + 60 * Math.sin(phase)));
    paintChroma(frame.data(2), frame.linesize(2), (byte) (128 + 60 * Math.cos(phase)));
  }

  private void paintChroma(BytePointer plane, int ls, byte value) {
    Arrays.fill(chroma, value);
    for (int row = 0; row < height / 2; row++) {
      plane.position((long) row * ls).put(chroma, 0, width / 2);
    }
  }
}
