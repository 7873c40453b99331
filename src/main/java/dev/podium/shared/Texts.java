package dev.podium.shared;

/** Checks on text people type that every module applies the same way. */
public final class Texts {

    private Texts() {
    }

    /**
     * Unicode's explicit directional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible,
     * they reverse the text after them in lists, PDFs and exports ("RLO" makes {@code exe.pdf} read {@code fdp.exe}).
     */
    public static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    public static boolean containsBidiControl(String text) {
        return text != null && text.codePoints().anyMatch(Texts::isBidiControl);
    }
}
