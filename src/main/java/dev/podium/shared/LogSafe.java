package dev.podium.shared;

/**
 * Makes a value someone else chose (a file name, an address, a header) safe to put in a log line: line breaks
 * and other control characters cannot forge a second line, bidi controls cannot reorder what an operator reads,
 * and a very long value is cut. Escapes are visible ({@code \n}, {@code \u202E}) so the original stays
 * recognisable.
 */
public final class LogSafe {

    private static final int MAX_LENGTH = 300;

    private LogSafe() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        int shown = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (shown == MAX_LENGTH) {
                safe.append("…(").append(text.codePointCount(i, text.length())).append(" more)");
                break;
            }
            int c = text.codePointAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Texts.isBidiControl(c) || c == 0x2028 || c == 0x2029) {
                        safe.append(String.format("\\u%04X", c));
                    } else {
                        safe.appendCodePoint(c);
                    }
                }
            }
            shown++;
        }
        return safe.toString();
    }
}
