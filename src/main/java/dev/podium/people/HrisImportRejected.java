package dev.podium.people;

/** The import found problems (or the data changed since the preview and now has some): nothing was imported. */
public class HrisImportRejected extends RuntimeException {

    private final transient HrisPreview preview;

    public HrisImportRejected(HrisPreview preview) {
        super(preview.problems().size() + preview.moreProblems() + " problem(s) in the HRIS file");
        this.preview = preview;
    }

    public HrisPreview preview() {
        return preview;
    }
}
