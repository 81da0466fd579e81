/** The floor for a JVM start: print one line and exit. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
