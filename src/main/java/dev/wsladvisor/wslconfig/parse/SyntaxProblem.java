package dev.wsladvisor.wslconfig.parse;

/** A line WSL's parser rejects, with the warning WSL itself prints for it. Columns are 1-based. */
public record SyntaxProblem(int line, int column, Kind kind, String detail) {

    public enum Kind {
        INVALID_KEY_NAME("Invalid key name"),
        INVALID_SECTION_NAME("Invalid section name"),
        EXPECTED_CLOSING_BRACKET("Expected ']'"),
        EXPECTED_END_OF_LINE("Expected ' ' or '\\n'"),
        EXPECTED_EQUALS("Expected '='"),
        INVALID_ESCAPE("Invalid escaped character"),
        UNTERMINATED_QUOTE("Expected '\"'");

        private final String wslMessage;

        Kind(String wslMessage) {
            this.wslMessage = wslMessage;
        }

        public String wslMessage() {
            return wslMessage;
        }
    }

    /** The warning as WSL words it (without the file and line it appends). */
    public String wslMessage() {
        return kind == Kind.INVALID_ESCAPE
                ? kind.wslMessage() + ": '" + detail + "'"
                : kind.wslMessage();
    }
}
