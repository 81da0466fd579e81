package dev.wsladvisor.facts;

/**
 * Names a facts text in messages, and a place in it: "host.json:3:5" for a file, "line 7, column 5"
 * for one line of a JSON Lines file, whose document is always line 1 of itself.
 */
record TextOrigin(String name, boolean oneLine) {

    static TextOrigin file(String name) {
        return new TextOrigin(name, false);
    }

    static TextOrigin jsonLine(long number) {
        return new TextOrigin("line " + number, true);
    }

    String at(int line, int column) {
        return oneLine ? name + ", column " + column : name + ":" + line + ":" + column;
    }
}
